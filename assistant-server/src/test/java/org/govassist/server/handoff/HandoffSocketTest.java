package org.govassist.server.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the handoff tests on one running server share: a data folder of the class's own, agents'
 * accounts, citizens handed off on real sockets, and a clean slate after each test (every socket
 * closed, nothing left queued or held).
 */
abstract class HandoffSocketTest {

	static final String ID_CARD = "id-card-loss-reissue";

	private static final AtomicInteger NAMES = new AtomicInteger();

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	Agents agents;

	final List<Socket> sockets = new ArrayList<>();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void agents() {
		agents = new Agents(jdbc, encoder, port);
	}

	/** Ends every conversation still queued or held, so that the next test starts with an empty queue. */
	@AfterEach
	void closeEverything() {
		sockets.forEach(Socket::close);
		jdbc.sql("UPDATE conversation SET state = 'closed' WHERE state IN ('queued', 'with_agent')").update();
	}

	/** A citizen who was answered about the identity card and then asked for a human. */
	Socket handedOff() {
		Socket citizen = Socket.citizen(port);
		sockets.add(citizen);
		citizen.send(Map.of("type", "choose", "id", "choose", "guideId", ID_CARD));
		citizen.next("bot.answer");
		citizen.send(Map.of("type", "handoff", "id", "h1"));
		assertThat(citizen.next("ack").get("replyTo").asString()).isEqualTo("h1");
		return citizen;
	}

	/** An agent's console, closed after the test. */
	Socket agent(String token) {
		Socket agent = Socket.agent(port, token);
		sockets.add(agent);
		return agent;
	}

	/** A username no other test took. */
	static String name() {
		return "agent" + NAMES.incrementAndGet();
	}

}
