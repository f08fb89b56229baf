package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientMessageReaderTest {

	private final ClientMessageReader reader = new ClientMessageReader(new ChatJson());

	@Test
	void helloWithoutTokenStartsFromNothing() {
		assertThat(reader.read("{\"type\":\"hello\",\"protocol\":1}")).isEqualTo(new ClientMessage.Hello(null, 0));
	}

	@Test
	void helloCarriesTokenAndLastSeq() {
		assertThat(reader.read("{\"type\":\"hello\",\"protocol\":1,\"token\":\"abc\",\"lastSeq\":7}"))
			.isEqualTo(new ClientMessage.Hello("abc", 7));
	}

	@Test
	void helloWithNegativeLastSeqIsABadRequest() {
		assertRejected("{\"type\":\"hello\",\"protocol\":1,\"lastSeq\":-1}", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void helloWithoutProtocolIsABadRequest() {
		assertRejected("{\"type\":\"hello\"}", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void sayCarriesIdAndText() {
		assertThat(reader.read("{\"type\":\"say\",\"id\":\"m-1\",\"text\":\"换护照要带啥\"}"))
			.isEqualTo(new ClientMessage.Say("m-1", "换护照要带啥"));
	}

	@Test
	void textIsMeasuredInCharactersNotBytes() {
		String text = "𠀀".repeat(ClientMessage.MAX_TEXT_LENGTH);

		assertThat(reader.read("{\"type\":\"say\",\"id\":\"m\",\"text\":\"" + text + "\"}"))
			.isEqualTo(new ClientMessage.Say("m", text));
		assertRejected("{\"type\":\"say\",\"id\":\"m\",\"text\":\"" + text + "a\"}", ErrorCode.TOO_LONG, "m");
	}

	@Test
	void idLongerThanSixtyFourCharactersIsABadRequest() {
		assertRejected("{\"type\":\"say\",\"id\":\"" + "x".repeat(65) + "\",\"text\":\"hi\"}", ErrorCode.BAD_REQUEST,
				null);
	}

	@Test
	void emptyIdIsABadRequest() {
		assertRejected("{\"type\":\"say\",\"id\":\"\",\"text\":\"hi\"}", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void textThatIsNotAStringIsABadRequestAnsweringTheId() {
		assertRejected("{\"type\":\"say\",\"id\":\"m\",\"text\":42}", ErrorCode.BAD_REQUEST, "m");
	}

	@Test
	void chooseCarriesIdAndGuideId() {
		assertThat(reader.read("{\"type\":\"choose\",\"id\":\"c\",\"guideId\":\"passport-renewal-reissue\"}"))
			.isEqualTo(new ClientMessage.Choose("c", "passport-renewal-reissue"));
	}

	@Test
	void chooseWithoutGuideIdIsABadRequest() {
		assertRejected("{\"type\":\"choose\",\"id\":\"c\"}", ErrorCode.BAD_REQUEST, "c");
	}

	@Test
	void handoffCarriesItsReasonAndABlankReasonReadsAsNone() {
		assertThat(reader.read("{\"type\":\"handoff\",\"id\":\"h\",\"reason\":\"社保转不进来\"}"))
			.isEqualTo(new ClientMessage.Handoff("h", "社保转不进来"));
		assertThat(reader.read("{\"type\":\"handoff\",\"id\":\"h\",\"reason\":\" \"}"))
			.isEqualTo(new ClientMessage.Handoff("h", null));
		assertThat(reader.read("{\"type\":\"handoff\",\"id\":\"h\"}")).isEqualTo(new ClientMessage.Handoff("h", null));
	}

	@Test
	void handoffAndSayCarryAContactTrimmedAndWithinItsLimit() {
		assertThat(reader.read("{\"type\":\"handoff\",\"id\":\"h\",\"reason\":\"想咨询\",\"contact\":\" 13812345678 \"}"))
			.isEqualTo(new ClientMessage.Handoff("h", "想咨询", "13812345678"));
		assertThat(reader.read("{\"type\":\"say\",\"id\":\"s\",\"text\":\"留言\",\"contact\":\"\"}"))
			.isEqualTo(new ClientMessage.Say("s", "留言"));
		assertRejected("{\"type\":\"say\",\"id\":\"s\",\"text\":\"留言\",\"contact\":\"" + "1".repeat(101) + "\"}",
				ErrorCode.TOO_LONG, "s");
		assertRejected("{\"type\":\"handoff\",\"id\":\"h\",\"contact\":42}", ErrorCode.BAD_REQUEST, "h");
	}

	@Test
	void rateCarriesLevelTargetTagsOnceEachAndComment() {
		assertThat(reader.read("""
				{"type":"rate","id":"r","level":2,"seq":4,"tags":["等待太久","答非所问","等待太久"],"comment":"太慢"}"""))
			.isEqualTo(new ClientMessage.Rate("r", 2, 4L, List.of("等待太久", "答非所问"), "太慢"));
		assertThat(reader.read("{\"type\":\"rate\",\"id\":\"r\",\"level\":5}"))
			.isEqualTo(new ClientMessage.Rate("r", 5, null, List.of(), null));
	}

	@Test
	void rateWithoutLevelOrWithANonPositiveSeqIsABadRequest() {
		assertRejected("{\"type\":\"rate\",\"id\":\"r\"}", ErrorCode.BAD_REQUEST, "r");
		assertRejected("{\"type\":\"rate\",\"id\":\"r\",\"level\":0}", ErrorCode.BAD_REQUEST, "r");
		assertRejected("{\"type\":\"rate\",\"id\":\"r\",\"level\":4.5}", ErrorCode.BAD_REQUEST, "r");
		assertRejected("{\"type\":\"rate\",\"id\":\"r\",\"level\":4,\"seq\":0}", ErrorCode.BAD_REQUEST, "r");
		assertRejected("{\"type\":\"rate\",\"id\":\"r\",\"level\":4,\"tags\":[1]}", ErrorCode.BAD_REQUEST, "r");
	}

	@Test
	void closeCarriesItsId() {
		assertThat(reader.read("{\"type\":\"close\",\"id\":\"c\"}")).isEqualTo(new ClientMessage.Close("c"));
		assertRejected("{\"type\":\"close\"}", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void jsonThatIsNotAnObjectIsABadRequest() {
		assertRejected("[1,2]", ErrorCode.BAD_REQUEST, null);
		assertRejected("\"ping\"", ErrorCode.BAD_REQUEST, null);
		assertRejected("", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void deeplyNestedJsonIsABadRequest() {
		assertRejected("{\"type\":\"ping\",\"x\":" + "[".repeat(50) + "]".repeat(50) + "}", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void fieldNameLongerThanAnyOfTheProtocolIsABadRequest() {
		assertRejected("{\"type\":\"ping\",\"" + "k".repeat(65) + "\":1}", ErrorCode.BAD_REQUEST, null);
	}

	@Test
	void numberLongerThanAnyLongIsABadRequest() {
		assertRejected("{\"type\":\"hello\",\"protocol\":1,\"lastSeq\":" + "9".repeat(40) + "}", ErrorCode.BAD_REQUEST,
				null);
	}

	@Test
	void messageWithoutTypeIsABadRequestAnsweringTheId() {
		assertRejected("{\"id\":\"m\"}", ErrorCode.BAD_REQUEST, "m");
	}

	private void assertRejected(String frame, ErrorCode code, String replyTo) {
		assertThatThrownBy(() -> reader.read(frame)).isInstanceOfSatisfying(ChatException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.replyTo()).isEqualTo(replyTo);
			assertThat(ex.getMessage()).isNotBlank();
		});
	}

}
