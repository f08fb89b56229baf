package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTest {

	@Test
	void fillsEveryPlaceholder() {
		assertThat(Template.fill("{short}丢了，到{centre}补办{short}", Map.of("short", "身份证", "centre", "政务服务中心")))
				.isEqualTo("身份证丢了，到政务服务中心补办身份证");
	}

	@Test
	void valuesAreInsertedLiterally() {
		assertThat(Template.fill("费用：{fee}", Map.of("fee", "$1 \\ 元"))).isEqualTo("费用：$1 \\ 元");
	}

	@Test
	void aPlaceholderWithoutValueIsRejectedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Template.fill("补办{shrt}", Map.of("short", "身份证")))
				.withMessageContaining("{shrt}");
	}

}
