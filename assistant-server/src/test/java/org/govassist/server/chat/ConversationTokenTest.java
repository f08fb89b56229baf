package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationTokenTest {

	@Test
	void tokensAreThirtyTwoRandomBytesInBase64Url() {
		String token = ConversationToken.generate();

		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(ConversationToken.generate()).isNotEqualTo(token);
	}

	@Test
	void hashIsTheSha256InHex() {
		assertThat(ConversationToken.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
