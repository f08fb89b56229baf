package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Heartbeats: with {@code assistant.chat.socket-idle-timeout} at one second, a silent socket is
 * closed and one that pings stays open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.chat.socket-idle-timeout=1s")
@DirtiesContext
class SocketIdleTimeoutTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void silentSocketIsClosedWhileOneThatPingsStaysOpen() throws InterruptedException {
		try (ChatClient silent = ChatClient.started(port); ChatClient pinging = ChatClient.started(port)) {
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!silent.closedByServer() && System.nanoTime() < deadline) {
				assertThat(pinging.drainWithPing()).isEmpty();
				Thread.sleep(300);
			}

			assertThat(silent.awaitCloseStatus()).isGreaterThanOrEqualTo(1000);
			assertThat(pinging.closedByServer()).isFalse();
			assertThat(pinging.drainWithPing()).isEmpty();
		}
	}

}
