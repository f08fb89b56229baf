package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.govassist.server.ClusterNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of one cluster on a real Redis: a signal sent on either reaches both, and both report
 * themselves healthy.
 */
class ClusterSignalsTest {

	static ClusterNodes cluster;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		cluster = ClusterNodes.start(2, "assistant.retrieval.semantic.enabled=false");
	}

	@AfterAll
	static void stopNodes() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void aSignalSentOnOneNodeReachesEveryNode() throws Exception {
		BlockingQueue<String> first = new LinkedBlockingQueue<>();
		BlockingQueue<String> second = new LinkedBlockingQueue<>();
		signals(0).listen("test", first::add);
		signals(1).listen("test", second::add);
		// A listener starts receiving once Redis has confirmed the subscription: send until it has.
		String received = null;
		for (int attempt = 0; attempt < 50 && received == null; attempt++) {
			signals(0).send("test", "hello");
			received = second.poll(100, TimeUnit.MILLISECONDS);
		}
		assertThat(received).isEqualTo("hello");
		assertThat(first.poll(2, TimeUnit.SECONDS)).isEqualTo("hello");
		second.clear();
		signals(1).send("test", "身份证");
		assertThat(first.poll(2, TimeUnit.SECONDS)).isIn("hello", "身份证");
		assertThat(List.of(second.poll(2, TimeUnit.SECONDS))).containsExactly("身份证");
	}

	@Test
	void bothNodesAreHealthy() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (int node = 0; node < 2; node++) {
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + cluster.port(node) + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("UP");
		}
	}

	private static ClusterSignals signals(int node) {
		return cluster.node(node).getBean(ClusterSignals.class);
	}

}
