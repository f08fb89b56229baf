package org.govassist.kb.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

	@Test
	void documentsAndCardsCitizensHoldAreRecognised() {
		assertThat(List.of("身份证", "行驶证", "残疾人证", "社保卡", "户口簿", "户口本", "营业执照", "护照", "不动产权证书", "港澳通行证"))
			.allMatch(DocumentNames::isDocument);
	}

	@Test
	void actionsAmountsAndFragmentsOfTheSameFormAreNotDocuments() {
		assertThat(List.of("换证", "期满换证", "实名认证", "学历公证", "注册资本", "办证", "的证", "这张卡", "证", "卡"))
			.noneMatch(DocumentNames::isDocument);
	}

	@Test
	void theDocumentsOfAQuestionAreTheTermsThatNameOne() {
		assertThat(DocumentNames.in(List.of("行驶证", "丢失", "补领"))).containsExactly("行驶证");
	}

}
