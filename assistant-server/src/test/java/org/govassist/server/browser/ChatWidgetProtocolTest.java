package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/**
 * The chat widget in Chromium against a server played by the test ({@link ScriptedChatServer}):
 * how the citizen sees each message of the citizen protocol, the human handoff and the ratings
 * among them, and what the widget sends back.
 */
class ChatWidgetProtocolTest {

	@RegisterExtension
	static final ChromiumPerClass chromium = new ChromiumPerClass();

	private BrowserContext context;

	private ScriptedChatServer server;

	private Page page;

	@BeforeEach
	void openContext() {
		context = chromium.browser().newContext();
		server = ScriptedChatServer.serve(context);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void greetingOffersTheMostAskedMattersTheServerNames() {
		server.greet("您好！大家最近常问这些事项：", List.of(
				Map.of("guideId", "passport-first-application", "title", "普通护照首次申请"),
				Map.of("guideId", "id-card-renewal", "title", "居民身份证换领")));
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);

		assertThat(chat.find(".message--greeting")).containsText("您好！大家最近常问这些事项：");
		assertThat(chat.find(".message--greeting .chip")).hasText(new String[] {"普通护照首次申请", "居民身份证换领"});
		chat.button("居民身份证换领").click();

		assertThat(server.awaitMessage("choose").get("guideId").asString()).isEqualTo("id-card-renewal");
		assertThat(chat.citizenMessages()).containsText("居民身份证换领");
	}

	@Test
	void withoutAGreetingFromTheServerCommonQuestionsAreOffered() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		server.awaitMessage("hello");

		assertThat(chat.find(".message--greeting .chip")).hasCount(6);
		chat.button("社保卡丢了怎么补办").click();

		assertThat(server.awaitMessage("say").get("text").asString()).isEqualTo("社保卡丢了怎么补办");
	}

	@Test
	void fallbackOffersAHumanAgentOnlyWhenOneCanTakeOver() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		chat.ask("我家门口路灯坏了");
		fallBack(server.awaitMessage("say"), false);
		assertThat(chat.replies()).hasCount(1);
		assertThat(chat.find(".handoff-offer")).hasCount(0);

		chat.ask("那找谁修");
		fallBack(server.awaitMessage("say"), true);
		chat.button("转人工客服").click();

		assertThat(server.awaitMessage("handoff").get("id").asString()).isNotBlank();
		assertThat(chat.notices().last()).containsText("正在为您转接人工客服…");
		assertThat(chat.button("转人工客服")).hasAttribute("aria-disabled", "true");
	}

	@Test
	void queuedCitizenSeesTheirPlaceThenTheAgentsMessages() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		Locator handoffButton = chat.find(".tool--handoff");

		chat.button("转人工").click();
		server.acknowledge(server.awaitMessage("handoff"));
		server.sendEvent("handoff.queued", Map.of("position", 3, "estimatedWaitSeconds", 150));

		assertThat(chat.find(".message--queue")).containsText("您前面还有 2 位，请稍候。");
		assertThat(chat.find(".message--queue")).containsText("预计等待约 3 分钟。");
		assertThat(handoffButton).containsText("排队中");
		assertThat(handoffButton).hasAttribute("aria-disabled", "true");

		server.sendEvent("handoff.queued", Map.of("position", 1, "estimatedWaitSeconds", 20));
		assertThat(chat.find(".message--queue")).hasCount(1);
		assertThat(chat.find(".message--queue")).containsText("您是下一位，请稍候。");
		assertThat(chat.find(".message--queue")).containsText("预计等待不到 1 分钟。");

		server.sendEvent("agent.joined", Map.of("agentName", "王芳"));
		server.sendEvent("agent.message", Map.of("agentName", "王芳", "text", "您好，请问要办理什么业务？"));
		assertThat(chat.notices().last()).containsText("人工客服王芳已接入，为您服务。");
		assertThat(chat.find(".message--agent .message-author")).hasText("人工客服 · 王芳");
		assertThat(chat.find(".message--agent .bubble")).hasText("您好，请问要办理什么业务？");
		assertThat(handoffButton).containsText("人工服务中");

		chat.ask("我想提取公积金");
		server.awaitMessage("say");
		assertThat(chat.find(".message--citizen[data-delivery=sent]")).hasCount(1);
		assertThat(chat.find(".typing-bubble")).isHidden();
	}

	@Test
	void requestedRatingOfTheServiceTakesALevelTagsAndAComment() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		server.awaitMessage("hello");

		server.sendEvent("conversation.closed", Map.of("by", "timeout"));
		assertThat(chat.notices().last()).containsText("由于长时间没有新消息，本次咨询已结束。");
		assertThat(chat.find(".rating-form")).hasCount(0);
		server.sendEvent("rating.requested", Map.of());
		server.sendEvent("rating.requested", Map.of());

		assertThat(chat.find(".rating-form")).hasCount(1);
		Locator form = chat.find(".rating-form");
		form.getByText("不满意", new Locator.GetByTextOptions().setExact(true)).click();
		assertThat(form.getByText("等待太久")).isVisible();
		assertThat(form.getByText("解答准确")).isHidden();
		form.getByText("等待太久").click();
		form.getByLabel("其他意见或建议（选填）").fill("排队时间太长了");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交评价")).click();

		JsonNode rate = server.awaitMessage("rate");
		assertThat(rate.get("level").asInt()).isEqualTo(2);
		assertThat(rate.get("tags").valueStream().map(JsonNode::asString)).containsExactly("等待太久");
		assertThat(rate.get("comment").asString()).isEqualTo("排队时间太长了");
		assertThat(rate.has("seq")).isFalse();
		server.acknowledge(rate);
		assertThat(chat.find(".rating-thanks")).hasText("感谢您的评价！您的意见会帮助我们改进服务。");
	}

	@Test
	void citizenEndsTheConversationAndRatesItWithTheKeyboardAlone() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		chat.ask("身份证丢了怎么补办");
		answer(server.awaitMessage("say"));

		chat.button("结束会话").focus();
		page.keyboard().press("Enter");
		server.acknowledge(server.awaitMessage("close"));
		server.sendEvent("conversation.closed", Map.of("by", "citizen"));
		server.sendEvent("rating.requested", Map.of());
		assertThat(chat.find(".rating-title")).isFocused();
		assertThat(chat.button("结束会话")).hasAttribute("aria-disabled", "true");
		page.keyboard().press("Tab");
		page.keyboard().press("Space");
		page.keyboard().press("Tab");
		page.keyboard().press("Space");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		page.keyboard().type("讲得很清楚");
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");

		JsonNode rate = server.awaitMessage("rate");
		assertThat(rate.get("level").asInt()).isEqualTo(5);
		assertThat(rate.get("tags").valueStream().map(JsonNode::asString)).containsExactly("解答准确");
		assertThat(rate.get("comment").asString()).isEqualTo("讲得很清楚");
		server.acknowledge(rate);
		assertThat(chat.find(".rating-thanks")).isFocused();
	}

	@Test
	void endingWithARatingAlreadyAskedForTakesTheCitizenToThatForm() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		chat.ask("好的，谢谢");
		server.awaitMessage("say");
		server.sendEvent("rating.requested", Map.of());
		assertThat(chat.find(".rating-form")).hasCount(1);

		chat.button("结束会话").click();
		server.acknowledge(server.awaitMessage("close"));
		server.sendEvent("conversation.closed", Map.of("by", "citizen"));
		server.sendEvent("rating.requested", Map.of());

		assertThat(chat.find(".rating-title")).isFocused();
		assertThat(chat.find(".rating-form")).hasCount(1);
	}

	@Test
	void questionAfterTheEndStartsANewConversationBelowTheOldOne() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		assertThat(server.awaitMessage("hello").has("token")).isFalse();
		chat.ask("身份证丢了怎么补办");
		answer(server.awaitMessage("say"));
		server.sendEvent("conversation.closed", Map.of("by", "citizen"));
		server.sendEvent("rating.requested", Map.of());
		assertThat(chat.find(".rating-form")).hasCount(1);

		chat.ask("护照怎么办");

		assertThat(server.awaitMessage("hello").has("token")).isFalse();
		assertThat(server.awaitMessage("say").get("text").asString()).isEqualTo("护照怎么办");
		assertThat(chat.notices().last()).containsText("已为您开始新的咨询。");
		assertThat(chat.citizenMessages()).hasCount(2);
		assertThat(chat.guideTitles()).hasCount(1);
		assertThat(chat.find(".rating-form, .quick-rating")).hasCount(0);
		assertThat(chat.button("结束会话")).hasAttribute("aria-disabled", "false");
	}

	@Test
	void answerIsRatedWithStars() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		chat.ask("身份证丢了怎么补办");
		long answerSeq = answer(server.awaitMessage("say"));

		chat.button("4 星，满意").click();

		JsonNode rate = server.awaitMessage("rate");
		assertThat(rate.get("level").asInt()).isEqualTo(4);
		assertThat(rate.get("seq").asLong()).isEqualTo(answerSeq);
		assertThat(rate.has("tags")).isFalse();
		server.acknowledge(rate);
		assertThat(chat.find(".quick-rating-done")).hasText("您的评价：满意，谢谢！");
	}

	@Test
	void ratingTheServerCouldNotStoreCanBeSentAgain() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		chat.ask("身份证丢了怎么补办");
		answer(server.awaitMessage("say"));

		chat.button("2 星，不满意").click();
		JsonNode failed = server.awaitMessage("rate");
		server.send(Map.of("type", "error", "replyTo", failed.get("id").asString(), "code", "unavailable",
				"message", "服务暂时不可用，请稍后再试。"));
		assertThat(chat.notices().last()).containsText("服务暂时不可用，请稍后再试。");
		chat.button("1 星，非常不满意").click();

		JsonNode retried = server.awaitMessage("rate");
		assertThat(retried.get("level").asInt()).isEqualTo(1);
		server.acknowledge(retried);
		assertThat(chat.find(".quick-rating-done")).hasText("您的评价：非常不满意，谢谢！");
	}

	@Test
	void ratingRequestedForTheAgentsReplyShowsStars() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		server.awaitMessage("hello");
		server.sendEvent("agent.joined", Map.of("agentName", "王芳"));
		long replySeq = server.sendEvent("agent.message", Map.of("agentName", "王芳", "text", "公积金提取需要本人身份证。"));

		server.sendEvent("rating.requested", Map.of("targetSeq", replySeq));
		assertThat(chat.find(".message--prompt .quick-rating-question")).hasText("请您为上面的回复评价：");
		chat.button("5 星，非常满意").click();

		JsonNode rate = server.awaitMessage("rate");
		assertThat(rate.get("level").asInt()).isEqualTo(5);
		assertThat(rate.get("seq").asLong()).isEqualTo(replySeq);
	}

	@Test
	void elderModeGivesTheNewControlsLargeTextAndTargets() {
		PortalChat chat = PortalChat.open(page, ScriptedChatServer.ORIGIN);
		chat.elderToggle().click();
		chat.ask("身份证丢了怎么补办");
		answer(server.awaitMessage("say"));
		server.sendEvent("rating.requested", Map.of());
		assertThat(chat.find(".rating-form")).isVisible();

		for (String control : List.of(".tool--handoff", ".tool--end", ".star", ".level", ".rating-submit")) {
			assertThat(chat.height(control)).as(control).isGreaterThanOrEqualTo(60);
		}
		for (String text : List.of(".tool--handoff", ".quick-rating-question", ".level", ".rating-comment-label")) {
			assertThat(chat.fontSize(text)).as(text).isGreaterThanOrEqualTo(18);
		}
	}

	private void fallBack(JsonNode say, boolean handoffAvailable) {
		server.sendEvent("bot.fallback", Map.of("replyTo", say.get("id").asString(),
				"text", "抱歉，我没有找到与您的问题相符的办事指南。", "handoffAvailable", handoffAvailable));
	}

	private long answer(JsonNode say) {
		return server.sendEvent("bot.answer", Map.of(
				"replyTo", say.get("id").asString(),
				"text", "关于「居民身份证挂失补领」：居民身份证丢失的，申请挂失并补领新证。",
				"guide", Map.of("id", "id-card-loss-reissue", "title", "居民身份证挂失补领", "department", "临江市公安局",
						"sections", List.of(Map.of("name", "事项简介", "text", "居民身份证丢失的，申请挂失并补领新证。")),
						"updatedAt", "2026-04-08"),
				"confidence", 0.9,
				"related", List.of()));
	}

}
