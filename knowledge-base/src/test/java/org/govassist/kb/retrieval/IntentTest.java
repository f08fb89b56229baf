package org.govassist.kb.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentTest {

	@Test
	void movingHouseholdRegistrationHereIsSettlingNotMovingOut() {
		assertThat(Intent.in("想把户口迁到我这边")).containsExactly(Intent.SETTLE);
		assertThat(Intent.in("爸妈的户口迁过来")).containsExactly(Intent.SETTLE);
		assertThat(Intent.in("夫妻投靠落户")).containsExactly(Intent.SETTLE);
	}

	@Test
	void movingHouseholdRegistrationToOnesFamilyIsSettling() {
		assertThat(Intent.in("嫁过来了 想把户口迁到老公家")).containsExactly(Intent.SETTLE);
		assertThat(Intent.in("户口能迁到儿子这吗")).containsExactly(Intent.SETTLE);
		assertThat(Intent.in("户口迁到老家")).containsExactly(Intent.TRANSFER);
	}

	@Test
	void movingHouseholdRegistrationElsewhereIsATransfer() {
		assertThat(Intent.in("户口迁到外地")).containsExactly(Intent.TRANSFER);
		assertThat(Intent.in("临江的户口咋迁走")).containsExactly(Intent.TRANSFER);
		assertThat(Intent.in("户口迁出")).containsExactly(Intent.TRANSFER);
	}

	@Test
	void aDocumentAboutToExpireIsARenewal() {
		assertThat(Intent.in("驾照快到期了")).containsExactly(Intent.RENEW);
	}

	@Test
	void aQuestionNamingNoActionHasNoIntent() {
		assertThat(Intent.in("公租房申请要什么条件")).isEmpty();
	}

}
