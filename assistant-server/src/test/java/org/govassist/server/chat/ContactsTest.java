package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Contacts as they appear in the log.
 */
class ContactsTest {

	@Test
	void aContactInTheLogKeepsOnlyItsFirstThreeAndLastTwoCharacters() {
		assertThat(Contacts.maskForLog("13812345678")).isEqualTo("138******78");
		assertThat(Contacts.maskForLog("zhang.san@example.cn")).isEqualTo("zha***************cn");
	}

	@Test
	void aShortContactIsMaskedWhole() {
		assertThat(Contacts.maskForLog("6688123")).isEqualTo("*******");
	}

}
