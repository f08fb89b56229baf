package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIntentTest {

	@ParameterizedTest
	@ValueSource(strings = { "转人工", "我要转人工！", "人工客服", "能不能找真人", "人工服务", "帮我接人工" })
	void askingForAHumanIsAHandoff(String text) {
		assertThat(CitizenIntent.of(text)).isEqualTo(CitizenIntent.HANDOFF);
	}

	@ParameterizedTest
	@ValueSource(strings = { "谢谢", "好的，谢谢！", "嗯嗯 谢啦～", "没有了，再见", "知道了，多谢👍", "OK thanks", "拜拜", "好的谢谢您" })
	void thanksAndGoodbyesAreAGoodbye(String text) {
		assertThat(CitizenIntent.of(text)).isEqualTo(CitizenIntent.GOODBYE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "谢谢，那要多少钱？", "好的", "嗯", "身份证丢了怎么补办", "感谢信怎么写", "", "？？？" })
	void anythingElseIsAQuestion(String text) {
		assertThat(CitizenIntent.of(text)).isEqualTo(CitizenIntent.QUESTION);
	}

}
