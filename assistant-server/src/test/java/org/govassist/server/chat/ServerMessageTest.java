package org.govassist.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govassist.kb.Answer;
import org.govassist.kb.Clarify;
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The JSON of server messages, exactly as the protocol names it.
 */
class ServerMessageTest {

	private final ChatJson json = new ChatJson();

	private final Guide guide = new Guide("pet-license", "养犬登记", List.of(), "临江市公安局", null, List.of(), "养犬须登记。",
			null, List.of("身份证"), List.of(), null, "免费", null, null, null, null, null, List.of(),
			LocalDate.of(2026, 3, 1));

	@Test
	void answerCarriesTheGuideWithTheAskedSectionsFirst() {
		var answer = new Answer("养犬登记免费。", guide, List.of(guide.section(SectionKind.FEE), guide.section(SectionKind.SUMMARY)),
				1, 0.83, List.of(new GuideRef("dog-vaccination", "犬只免疫")), false);

		assertThat(json.write(ServerMessage.BotAnswer.of(5, "m1", answer))).isEqualTo("""
				{"type":"bot.answer","seq":5,"replyTo":"m1","text":"养犬登记免费。",\
				"guide":{"id":"pet-license","title":"养犬登记","department":"临江市公安局",\
				"sections":[{"name":"收费标准","text":"免费"},{"name":"事项简介","text":"养犬须登记。"}],\
				"url":null,"updatedAt":"2026-03-01"},\
				"confidence":0.83,"related":[{"guideId":"dog-vaccination","title":"犬只免疫"}]}""");
	}

	@Test
	void clarifyOffersItsOptions() {
		var clarify = new Clarify("您想办理哪一项？",
				List.of(new GuideRef("passport-first-application", "普通护照首次申请"), new GuideRef("passport-renewal-reissue", "普通护照换发补发")));

		assertThat(json.write(ServerMessage.BotClarify.of(2, "m1", clarify))).isEqualTo("""
				{"type":"bot.clarify","seq":2,"replyTo":"m1","text":"您想办理哪一项？",\
				"options":[{"guideId":"passport-first-application","title":"普通护照首次申请"},\
				{"guideId":"passport-renewal-reissue","title":"普通护照换发补发"}]}""");
	}

	@Test
	void closingNamesWhoClosed() {
		assertThat(json.write(new ServerMessage.ConversationClosed(7, ClosedBy.TIMEOUT)))
			.isEqualTo("{\"type\":\"conversation.closed\",\"seq\":7,\"by\":\"timeout\"}");
	}

	@Test
	void ratingRequestOfTheWholeConversationHasNoTarget() {
		assertThat(json.write(new ServerMessage.RatingRequested(8, null)))
			.isEqualTo("{\"type\":\"rating.requested\",\"seq\":8}");
		assertThat(json.write(new ServerMessage.RatingRequested(8, 4L)))
			.isEqualTo("{\"type\":\"rating.requested\",\"seq\":8,\"targetSeq\":4}");
	}

	@Test
	void ackOfAChoiceHasNoSeq() {
		assertThat(json.write(new ServerMessage.Ack("c1", null))).isEqualTo("{\"type\":\"ack\",\"replyTo\":\"c1\"}");
		assertThat(json.write(new ServerMessage.Ack("s1", 3L))).isEqualTo("{\"type\":\"ack\",\"replyTo\":\"s1\",\"seq\":3}");
	}

	@Test
	void errorWithoutReplyToLeavesItOut() {
		assertThat(json.write(new ServerMessage.ErrorMessage(null, ErrorCode.BAD_REQUEST, "消息格式有误。")))
			.isEqualTo("{\"type\":\"error\",\"code\":\"bad_request\",\"message\":\"消息格式有误。\"}");
	}

	@Test
	void welcomeAndPongCarryOnlyTheirFields() {
		UUID id = UUID.fromString("0b0e5c2e-8a55-4c39-9a57-2d3f5e0a7c11");
		var greeting = new ServerMessage.Greeting("您好！", List.of(new GuideRef("id-card-renewal", "居民身份证换领")));

		assertThat(json.write(new ServerMessage.Welcome(id, "tok", 0, greeting)))
			.isEqualTo("{\"type\":\"welcome\",\"conversationId\":\"" + id + "\",\"token\":\"tok\",\"seq\":0,"
					+ "\"greeting\":{\"text\":\"您好！\",\"popular\":[{\"guideId\":\"id-card-renewal\",\"title\":\"居民身份证换领\"}]}}");
		assertThat(json.write(new ServerMessage.Pong())).isEqualTo("{\"type\":\"pong\"}");
	}

}
