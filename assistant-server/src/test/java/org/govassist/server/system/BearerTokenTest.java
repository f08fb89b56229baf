package org.govassist.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

	@Test
	void tokensAreThirtyTwoRandomBytesInBase64Url() {
		String token = BearerToken.generate();

		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(BearerToken.generate()).isNotEqualTo(token);
	}

	@Test
	void hashIsTheSha256InHex() {
		assertThat(BearerToken.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
