package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govassist.server.chat.ChatMessages.say;

import java.nio.file.Path;
import java.util.Map;

import org.govassist.kb.GuideRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The most-asked matters of the greeting, from a new service's fixed list to what citizens ask.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PopularMattersTest {

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	PopularMatters popularMatters;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@Test
	void mattersAnsweredMostComeFirstFollowedByEverydayMatters() {
		assertThat(popularMatters.refresh()).extracting(GuideRef::guideId)
			.containsExactly("id-card-loss-reissue", "id-card-renewal", "passport-first-application",
					"hpf-withdrawal-rent", "social-security-card-loss-replacement", "birth-registration");

		try (ChatClient client = ChatClient.started(port)) {
			client.send(Map.of("type", "choose", "id", "c1", "guideId", "marriage-registration"));
			client.send(Map.of("type", "choose", "id", "c2", "guideId", "marriage-registration"));
			client.send(Map.of("type", "choose", "id", "c3", "guideId", "divorce-registration"));
			client.send(say("s1", "身份证丢了怎么补办"));
			client.drainWithPing();
		}

		assertThat(popularMatters.refresh()).extracting(GuideRef::guideId)
			.containsExactly("marriage-registration", "divorce-registration", "id-card-loss-reissue", "id-card-renewal",
					"passport-first-application", "hpf-withdrawal-rent");
		try (ChatClient client = ChatClient.connect(port)) {
			client.send(Map.of("type", "hello", "protocol", 1));

			assertThat(client.next().at("/greeting/popular/0/title").asString()).isEqualTo("结婚登记");
		}
	}

}
