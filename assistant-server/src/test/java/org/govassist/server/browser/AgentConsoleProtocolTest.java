package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The agent console in Chromium against a server played by the test ({@link ScriptedAgentServer}):
 * signing in, the queue and its alert levels, taking a chat and its transcript, replying, guide
 * sections and canned replies, transfer and close, tickets, alerts and reconnecting, all under the
 * server's Content-Security-Policy.
 */
class AgentConsoleProtocolTest {

	private static final String HOSTILE = "<img src=x onerror=alert(document.domain)>";

	private static SystemChromium chromium;

	private BrowserContext context;

	private ScriptedAgentServer server;

	private Page page;

	private final List<String> dialogs = new ArrayList<>();

	private final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void startBrowser() {
		PlaywrightAssertions.setDefaultAssertionTimeout(SystemChromium.ASSERTION_TIMEOUT_MILLIS);
		chromium = SystemChromium.launch();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
		server = ScriptedAgentServer.serve(context);
		page = context.newPage();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@Test
	void queueShowsWaitingTimesThatCountUpAndAlertLevelsInWordsAndColour() {
		server.state(List.of(), List.of(waiting("c-calm", 30, "居民身份证换领", null),
				waiting("c-yellow", 200, "社会保障卡补办", "yellow"), waiting("c-red", 400, "公积金提取", "red")));
		page.clock().install();
		AgentConsole agent = signedIn();

		Locator calm = queueItem("c-calm");
		Locator yellow = queueItem("c-yellow");
		Locator red = queueItem("c-red");
		assertThat(agent.queueItems()).hasCount(3);
		assertThat(calm).containsText("已等待 30 秒");
		assertThat(calm.locator(".queue-alert")).hasCount(0);
		assertThat(yellow).containsText("等待较久");
		assertThat(yellow).containsText("已等待 3 分 20 秒");
		assertThat(red).containsText("等待超时");
		assertThat(red.locator("svg.alert-icon")).hasCount(1);
		assertThat(List.of(background(calm), background(yellow), background(red))).doesNotHaveDuplicates();

		page.clock().runFor(5_000);
		assertThat(calm).containsText("已等待 35 秒");
		assertThat(red).containsText("已等待 6 分 45 秒");

		server.send(Map.of("type", "queue.changed", "items", List.of(waiting("c-red", 410, "公积金提取", "red"))));
		assertThat(agent.queueItems()).hasCount(1);
		assertThat(red).containsText("已等待 6 分 50 秒");
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void accountWithoutTheAgentRoleIsToldSoAndSignedOut() {
		server.roles("EDITOR");
		AgentConsole agent = AgentConsole.open(page, ScriptedAgentServer.ORIGIN);
		agent.signIn("zhaolei", "editor-password");

		assertThat(agent.signInProblem()).hasText("此账号没有人工客服权限，请使用客服账号登录。");
		assertThat(agent.find(".console")).isHidden();
		assertThat(server.requests()).anyMatch(request -> request.startsWith("POST /api/auth/logout"));
		assertThat(server.connections()).isZero();
	}

	@Test
	void wrongPasswordIsToldAndTheFormStaysForAnotherTry() {
		server.refuseLogins(401, "用户名或密码错误。");
		AgentConsole agent = AgentConsole.open(page, ScriptedAgentServer.ORIGIN);
		agent.signIn("wangfang", "wrong-password");

		assertThat(agent.signInProblem()).hasText("用户名或密码错误。");
		assertThat(page.getByLabel("密码")).isFocused();
		assertThat(page.getByLabel("密码")).hasValue("wrong-password");
		assertThat(agent.find(".console")).isHidden();
	}

	@Test
	void lockedUsernameIsToldWhatTheServerSays() {
		server.refuseLogins(429, "该用户名已暂时锁定，请 12 分钟后再试。");
		AgentConsole agent = AgentConsole.open(page, ScriptedAgentServer.ORIGIN);
		agent.signIn("wangfang", "wrong-password");

		assertThat(agent.signInProblem()).hasText("该用户名已暂时锁定，请 12 分钟后再试。");
	}

	@Test
	void pickedChatShowsTheBotsPartOfTheTranscriptAndTheMatchedGuides() {
		server.state(List.of(), List.of(waiting("c-1", 45, "居民身份证挂失补领", null)));
		AgentConsole agent = signedIn();

		agent.button("接入第 1 位：居民身份证挂失补领").click();
		JsonNode pick = server.awaitMessage("pick");
		assertThat(pick.get("conversationId").asString()).isEqualTo("c-1");
		server.acknowledge(pick, Map.of("conversationId", "c-1"));
		server.send(assigned("c-1", "居民身份证挂失补领"));

		assertThat(agent.chats()).hasCount(1);
		Locator entries = agent.entries();
		assertThat(entries.nth(0)).containsText("市民");
		assertThat(entries.nth(0)).containsText("身份证丢了怎么办");
		assertThat(entries.nth(1)).containsText("智能助手");
		assertThat(entries.nth(1)).containsText("依据指南：居民身份证挂失补领");
		assertThat(entries.nth(2)).containsText("提供的选项：居民身份证换领、居民身份证挂失补领");
		assertThat(entries.nth(3)).containsText("（智能助手未能回答）");
		assertThat(entries.nth(4)).containsText("客服 李强");
		assertThat(entries.nth(4)).containsText("请稍等，我来为您查询。");
		assertThat(agent.find(".chat .guide-open")).hasText(new String[] {"居民身份证挂失补领", "居民身份证换领"});
		assertThat(agent.replyBox()).isFocused();
		assertThat(agent.find(".chat-count")).hasText("正在接待 1/3");
	}

	@Test
	void chatAnotherAgentTookFirstIsReportedAndCanBePickedNoMore() {
		server.state(List.of(), List.of(waiting("c-1", 45, "居民身份证挂失补领", null)));
		AgentConsole agent = signedIn();

		agent.button("接入第 1 位：居民身份证挂失补领").click();
		JsonNode pick = server.awaitMessage("pick");
		assertThat(agent.button("接入第 1 位：居民身份证挂失补领")).hasAttribute("aria-disabled", "true");
		server.send(Map.of("type", "error", "replyTo", pick.get("id").asString(), "code", "conflict"));
		server.send(Map.of("type", "queue.changed", "items", List.of()));

		assertThat(agent.find(".queue-status")).hasText("该会话已被其他客服接入或状态已变化。");
		assertThat(agent.find(".queue-empty")).hasText("当前没有排队的市民。");
		assertThat(agent.chats()).hasCount(0);
	}

	@Test
	void reloadedConsoleStaysSignedInAndGetsItsChatsBack() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		assertThat(agent.chats()).hasCount(1);

		page.reload();

		assertThat(agent.find(".console")).isVisible();
		assertThat(agent.chats()).hasCount(1);
		assertThat(agent.entries()).hasCount(5);
		assertThat(server.connections()).isEqualTo(2);
		assertThat(server.requests()).filteredOn(request -> request.startsWith("POST /api/auth/login")).hasSize(1);
		assertThat(server.requests()).contains("GET /api/auth/me");
	}

	@Test
	void replyGoesOutWithEnterKeepsShiftEnterLinesAndShowsOnceAcknowledged() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		assertThat(agent.find(".chat .counter")).hasText("0/2000");
		assertThat(agent.replyBox()).hasAttribute("maxlength", "2000");

		agent.replyBox().click();
		page.keyboard().type("您好");
		page.keyboard().press("Shift+Enter");
		page.keyboard().type("请带上户口簿。");
		assertThat(agent.find(".chat .counter")).hasText("10/2000");
		page.keyboard().press("Enter");

		JsonNode say = server.awaitMessage("say");
		assertThat(say.get("conversationId").asString()).isEqualTo("c-1");
		assertThat(say.get("text").asString()).isEqualTo("您好\n请带上户口簿。");
		Locator own = agent.find(".entry--own");
		assertThat(own).containsText("您好\n请带上户口簿。");
		assertThat(own).hasAttribute("data-delivery", "sending");
		assertThat(agent.replyBox()).hasValue("");
		server.acknowledge(say, Map.of("conversationId", "c-1", "seq", 7));
		assertThat(own).hasAttribute("data-delivery", "sent");
		assertThat(own).hasAttribute("data-seq", "7");
	}

	@Test
	void refusedReplyIsMarkedAndItsWordsReturnToTheReplyBox() {
		holdingOneChat();
		AgentConsole agent = signedIn();

		agent.reply("请稍等");
		JsonNode say = server.awaitMessage("say");
		server.send(Map.of("type", "error", "replyTo", say.get("id").asString(), "code", "rate_limited"));

		assertThat(agent.find(".entry--own")).hasAttribute("data-delivery", "failed");
		assertThat(agent.find(".entry--error")).hasText("操作太频繁，请稍后再试。");
		assertThat(agent.replyBox()).hasValue("请稍等");
	}

	@Test
	void sectionOfAMatchedGuideIsInsertedIntoTheReplyBox() {
		holdingOneChat();
		server.guide("id-card-loss-reissue", "居民身份证挂失补领", List.of(
				Map.of("name", "申请材料", "text", "居民户口簿原件；近期免冠照片。"),
				Map.of("name", "收费标准", "text", "补领证件工本费 20 元。")));
		AgentConsole agent = signedIn();
		agent.reply("您好，");
		server.acknowledge(server.awaitMessage("say"), Map.of("seq", 7));
		agent.replyBox().fill("您好，");

		agent.button("插入指南内容：居民身份证挂失补领").click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).containsText("插入指南段落：居民身份证挂失补领");
		assertThat(dialog).containsText("补领证件工本费 20 元。");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("插入“收费标准”")).click();

		assertThat(dialog).hasCount(0);
		assertThat(agent.replyBox()).hasValue("您好，收费标准：补领证件工本费 20 元。");
		assertThat(agent.replyBox()).isFocused();
		assertThat(server.requests()).contains("GET /api/agent/guides/id-card-loss-reissue");
	}

	@Test
	void cannedReplyIsAddedInsertedAndDeleted() {
		holdingOneChat();
		server.reply("问候", "您好，很高兴为您服务。", true);
		AgentConsole agent = signedIn();

		agent.button("常用语").click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		assertThat(dialog.locator(".canned")).hasCount(1);
		assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("删除常用语：问候"))).hasCount(0);
		dialog.getByLabel("标题").fill("结束语");
		dialog.getByLabel("内容").fill("感谢您的咨询，再见。");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
		assertThat(dialog.locator(".canned")).hasCount(2);
		assertThat(server.requests()).anyMatch(request -> request.startsWith("POST /api/agent/replies")
				&& request.contains("\"shared\":false"));

		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("插入常用语：结束语")).click();
		assertThat(agent.replyBox()).hasValue("感谢您的咨询，再见。");

		agent.button("常用语").click();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("删除常用语：结束语")).click();
		assertThat(dialog.locator(".canned")).hasCount(1);
		assertThat(server.requests()).anyMatch(request -> request.startsWith("DELETE /api/agent/replies/"));
	}

	@Test
	void markupReceivedFromACitizenIsShownAsTextAndAnnounced() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		assertThat(agent.chats()).hasCount(1);

		server.send(Map.of("type", "citizen.message", "conversationId", "c-1", "seq", 9, "text", HOSTILE));

		assertThat(agent.entries().last().locator(".entry-text")).hasText(HOSTILE);
		assertThat(agent.find(".chat img, .announcer img")).hasCount(0);
		assertThat(agent.find(".announcer")).hasText("居民身份证挂失补领，市民说：" + HOSTILE);
		assertThat(dialogs).isEmpty();
	}

	@Test
	void waitingTimeAlertIsShownOnTheChatReadOutAtOnceAndEndsWithTheReply() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		assertThat(agent.chats()).hasCount(1);

		server.send(Map.of("type", "sla.alert", "conversationId", "c-1", "level", "red"));

		assertThat(agent.find(".chat .chat-alert")).hasText("等待超时");
		assertThat(agent.find(".chat")).hasAttribute("data-alert", "red");
		assertThat(agent.find(".alerts")).hasAttribute("role", "alert");
		assertThat(agent.find(".alerts")).hasText("超时：居民身份证挂失补领 等待已超时，请立即处理。");

		agent.reply("您好，马上为您查询。");
		server.acknowledge(server.awaitMessage("say"), Map.of("conversationId", "c-1", "seq", 6));
		assertThat(agent.find(".chat .chat-alert")).isHidden();
		assertThat(agent.find(".chat")).not().hasAttribute("data-alert", "red");
	}

	@Test
	void chatIsTransferredToASkillGroup() {
		holdingOneChat();
		AgentConsole agent = signedIn();

		agent.button("转接").click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("技能组名称").fill("社保");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("转接")).last().click();

		JsonNode transfer = server.awaitMessage("transfer");
		assertThat(transfer.get("conversationId").asString()).isEqualTo("c-1");
		assertThat(transfer.get("skill").asString()).isEqualTo("社保");
		assertThat(transfer.has("agent")).isFalse();
		server.acknowledge(transfer, Map.of("conversationId", "c-1"));
		assertThat(agent.chats()).hasCount(0);
		assertThat(agent.find(".announcer")).hasText("会话“居民身份证挂失补领”已转出。");
	}

	@Test
	void chatIsTransferredToANamedAgentWithTheKeyboardAndARefusalIsShownInTheChat() {
		holdingOneChat();
		AgentConsole agent = signedIn();

		agent.button("转接").focus();
		page.keyboard().press("Enter");
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByText("指定客服").click();
		dialog.getByLabel("客服用户名").fill("lisi");
		page.keyboard().press("Enter");

		JsonNode transfer = server.awaitMessage("transfer");
		assertThat(transfer.get("agent").asString()).isEqualTo("lisi");
		assertThat(transfer.has("skill")).isFalse();
		assertThat(dialog).hasCount(0);
		assertThat(agent.button("转接")).isFocused();
		server.send(Map.of("type", "error", "replyTo", transfer.get("id").asString(), "code", "not_found",
				"message", "客服 lisi 没有登录。"));
		assertThat(agent.find(".chat .entry--error")).hasText("客服 lisi 没有登录。");
		assertThat(agent.chats()).hasCount(1);
	}

	@Test
	void chatIsClosedWithASummaryThenDismissed() {
		holdingOneChat();
		AgentConsole agent = signedIn();

		agent.button("结束会话").click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("处理小结（选填，仅内部可见）").fill("已告知补领材料");
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");

		JsonNode close = server.awaitMessage("close");
		assertThat(close.get("summary").asString()).isEqualTo("已告知补领材料");
		server.acknowledge(close, Map.of("conversationId", "c-1"));
		server.send(Map.of("type", "conversation.closed", "conversationId", "c-1", "by", "agent"));
		assertThat(agent.entries().last()).hasText("会话已结束。");
		assertThat(agent.find(".entry--notice").filter(new Locator.FilterOptions().setHasText("会话已结束。"))).hasCount(1);
		assertThat(agent.replyBox()).hasAttribute("readonly", "");

		agent.button("关闭已结束的会话：居民身份证挂失补领").click();
		assertThat(agent.chats()).hasCount(0);
		assertThat(agent.find(".chat-count")).hasText("正在接待 0/3");
	}

	@Test
	void citizenLeavingClosesTheChatForTheAgent() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		assertThat(agent.chats()).hasCount(1);

		server.send(Map.of("type", "conversation.closed", "conversationId", "c-1", "by", "citizen"));

		assertThat(agent.entries().last()).hasText("市民已结束会话。");
		assertThat(agent.button("转接")).hasCount(0);
	}

	@Test
	void citizenWhoLeavesAndComesBackIsShownInTheChatAndReadOut() {
		holdingOneChat();
		AgentConsole agent = signedIn();

		server.send(Map.of("type", "citizen.left", "conversationId", "c-1"));

		assertThat(agent.entries().last()).hasText("市民已离开会话；如未及时返回，会话将自动结束。");
		assertThat(agent.find(".announcer")).containsText("市民已离开会话");
		assertThat(agent.replyBox()).isEditable();

		server.send(Map.of("type", "citizen.returned", "conversationId", "c-1"));

		assertThat(agent.entries().last()).hasText("市民已回到会话。");
		assertThat(agent.find(".announcer")).containsText("市民已回到会话。");
	}

	@Test
	void afterAReconnectTheServersStateRestoresTheChats() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		assertThat(agent.entries()).hasCount(5);
		agent.replyBox().fill("草稿还在");

		Map<String, Object> later = assigned("c-1", "居民身份证挂失补领");
		@SuppressWarnings("unchecked")
		List<Object> transcript = new ArrayList<>((List<Object>) later.get("transcript"));
		transcript.add(Map.of("seq", 6, "type", "citizen.message", "text", "断线期间我又问了一句"));
		later.put("transcript", transcript);
		server.state(List.of(withoutType(later)), List.of());
		server.dropConnection();

		assertThat(agent.find(".banner")).containsText("连接中断");
		page.waitForCondition(() -> server.connections() == 2);
		assertThat(agent.entries()).hasCount(6);
		assertThat(agent.entries().last()).containsText("断线期间我又问了一句");
		assertThat(agent.replyBox()).hasValue("草稿还在");
		assertThat(agent.find(".banner")).isHidden();
		assertThat(agent.chats()).hasCount(1);
	}

	@Test
	void unconfirmedRepliesAreSentAgainWithTheirIdsAfterAReconnectAndShownOnce() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		agent.reply("请带户口簿。");
		JsonNode recorded = server.awaitMessage("say");
		agent.reply("还需要照片。");
		JsonNode lost = server.awaitMessage("say");

		Map<String, Object> later = assigned("c-1", "居民身份证挂失补领");
		@SuppressWarnings("unchecked")
		List<Object> transcript = new ArrayList<>((List<Object>) later.get("transcript"));
		transcript.add(Map.of("seq", 6, "type", "agent.message", "text", "请带户口簿。", "agentName", "王工"));
		later.put("transcript", transcript);
		server.state(List.of(withoutType(later)), List.of());
		server.dropConnection();
		page.waitForCondition(() -> server.connections() == 2);

		JsonNode firstAgain = server.awaitMessage("say");
		JsonNode secondAgain = server.awaitMessage("say");
		assertThat(firstAgain.get("id").asString()).isEqualTo(recorded.get("id").asString());
		assertThat(firstAgain.get("text").asString()).isEqualTo("请带户口簿。");
		assertThat(secondAgain.get("id").asString()).isEqualTo(lost.get("id").asString());
		assertThat(secondAgain.get("text").asString()).isEqualTo("还需要照片。");
		server.acknowledge(firstAgain, Map.of("conversationId", "c-1", "seq", 6));
		server.acknowledge(secondAgain, Map.of("conversationId", "c-1", "seq", 7));

		assertThat(agent.find(".entry--own")).hasCount(1);
		assertThat(agent.find(".entry--own")).hasAttribute("data-delivery", "sent");
		assertThat(agent.find(".entry--own")).containsText("还需要照片。");
		assertThat(agent.entries().filter(new Locator.FilterOptions().setHasText("请带户口簿。"))).hasCount(1);
		assertThat(agent.find("[data-delivery=failed]")).hasCount(0);
	}

	@Test
	void openTicketIsClosedWithANote() {
		server.ticket(31, "想咨询孩子护照能否代办，请回电。", "138****5678");
		AgentConsole agent = signedIn();

		agent.button("留言工单").click();
		Locator ticket = agent.find(".ticket");
		assertThat(ticket).containsText("想咨询孩子护照能否代办，请回电。");
		assertThat(ticket).containsText("联系方式：138****5678");
		ticket.getByLabel("处理说明").fill("已电话回复");
		ticket.getByRole(AriaRole.BUTTON).click();

		assertThat(agent.find(".tickets-status")).hasText("已标记为已处理。");
		assertThat(agent.find(".ticket")).hasCount(0);
		assertThat(server.requests()).contains("POST /api/agent/tickets/31/close {\"note\":\"已电话回复\"}");
		agent.find(".ticket-filter").selectOption("closed");
		assertThat(agent.find(".ticket--closed")).containsText("处理说明：已电话回复");
	}

	@Test
	void onANarrowScreenChatsAreTabs() {
		server.state(List.of(withoutType(assigned("c-1", "居民身份证挂失补领")), withoutType(assigned("c-2", "社会保障卡补办"))),
				List.of());
		page.setViewportSize(600, 900);
		AgentConsole agent = signedIn();

		Locator tabs = page.getByRole(AriaRole.TAB);
		assertThat(tabs).hasCount(2);
		assertThat(agent.chats().nth(0)).isVisible();
		assertThat(agent.chats().nth(1)).isHidden();
		tabs.nth(0).focus();
		page.keyboard().press("ArrowRight");
		assertThat(tabs.nth(1)).hasAttribute("aria-selected", "true");
		assertThat(agent.chats().nth(0)).isHidden();
		assertThat(agent.chats().nth(1)).isVisible();

		server.send(Map.of("type", "citizen.message", "conversationId", "c-1", "seq", 9, "text", "还在吗？"));
		assertThat(tabs.nth(0)).containsText("有新消息");
	}

	@Test
	void chatsStandSideBySideOnAWideScreen() {
		server.state(List.of(withoutType(assigned("c-1", "居民身份证挂失补领")), withoutType(assigned("c-2", "社会保障卡补办"))),
				List.of());
		AgentConsole agent = signedIn();

		assertThat(agent.chats()).hasCount(2);
		assertThat(agent.chats().nth(0)).isVisible();
		assertThat(agent.chats().nth(1)).isVisible();
		assertThat(page.getByRole(AriaRole.TAB)).hasCount(0);
		assertThat(agent.chats().nth(1).boundingBox().x).isGreaterThan(agent.chats().nth(0).boundingBox().x);
		assertThat(agent.find(".chat-count")).hasText("正在接待 2/3");
	}

	@Test
	void chatRoutedHereWhileTheAgentTypesLeavesTheFocusInTheReply() {
		holdingOneChat();
		AgentConsole agent = signedIn();
		agent.replyBox().fill("正在输入");

		server.send(assigned("c-2", "社会保障卡补办"));

		assertThat(agent.chats()).hasCount(2);
		assertThat(agent.find(".announcer")).hasText("已接入会话：社会保障卡补办");
		assertThat(agent.replyBox()).isFocused();
		assertThat(agent.replyBox()).hasValue("正在输入");
	}

	@Test
	void transferredChatShowsTheServicesNoticeAsANotice() {
		AgentConsole agent = signedIn();

		server.send(transferred("c-3", "社会保障卡补办"));

		assertThat(agent.entries().last()).hasText("正在为您转接其他客服，请稍候。");
		assertThat(agent.entries().last()).hasClass(Pattern.compile("entry--notice"));
		assertThat(agent.find(".entry-fallback")).hasCount(1);
	}

	@Test
	void awayIsSentToTheServer() {
		AgentConsole agent = signedIn();
		assertThat(agent.find(".banner")).isHidden();

		page.getByLabel("接待状态").selectOption("away");

		assertThat(server.awaitMessage("status").get("status").asString()).isEqualTo("away");
		assertThat(agent.find(".announcer")).hasText("已切换为暂离，不再分配新会话。");
	}

	@Test
	void loginEndedElsewhereReturnsToTheSignInForm() {
		AgentConsole agent = signedIn();
		assertThat(agent.find(".banner")).isHidden();

		server.closeConnection(4401, "password_reset");

		assertThat(agent.signInProblem()).hasText("登录已失效，请重新登录。");
		assertThat(agent.find(".console")).isHidden();
		assertThat(page.evaluate("() => sessionStorage.getItem('govassist.staff.token')")).isNull();
		assertThat(server.connections()).isEqualTo(1);
	}

	@Test
	void signingOutReturnsToTheSignInForm() {
		AgentConsole agent = signedIn();
		assertThat(agent.find(".queue-empty")).isVisible();

		agent.button("退出登录").click();

		assertThat(agent.signInProblem()).hasText("您已退出登录。");
		assertThat(agent.find(".console")).isHidden();
		assertThat(server.requests()).anyMatch(request -> request.startsWith("POST /api/auth/logout"));
	}

	private AgentConsole signedIn() {
		AgentConsole agent = AgentConsole.open(page, ScriptedAgentServer.ORIGIN);
		agent.signIn("wangfang", "agent-password");
		assertThat(agent.find(".console")).isVisible();
		return agent;
	}

	private void holdingOneChat() {
		server.state(List.of(withoutType(assigned("c-1", "居民身份证挂失补领"))), List.of());
	}

	private Locator queueItem(String conversationId) {
		return page.locator(".queue-item[data-conversation-id=\"" + conversationId + "\"]");
	}

	private static String background(Locator locator) {
		return (String) locator.evaluate("node => getComputedStyle(node).backgroundColor");
	}

	private static Map<String, Object> waiting(String conversationId, int seconds, String topic, String alert) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("conversationId", conversationId);
		item.put("waitingSeconds", seconds);
		item.put("topic", topic);
		item.put("alert", alert);
		return item;
	}

	/** A conversation.assigned whose citizen went through the bot first. */
	private static Map<String, Object> assigned(String conversationId, String topic) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "conversation.assigned");
		event.put("conversationId", conversationId);
		event.put("topic", topic);
		event.put("waitingSeconds", 45);
		event.put("guides", List.of(Map.of("guideId", "id-card-loss-reissue", "title", "居民身份证挂失补领")));
		event.put("transcript", List.of(
				Map.of("seq", 1, "type", "citizen.message", "text", "身份证丢了怎么办"),
				Map.of("seq", 2, "type", "bot.answer", "text", "居民身份证丢失的，申请挂失并补领新证。",
						"guide", Map.of("id", "id-card-loss-reissue", "title", "居民身份证挂失补领")),
				Map.of("seq", 3, "type", "bot.clarify", "text", "您要办理的是哪一项？",
						"options", List.of(Map.of("guideId", "id-card-renewal", "title", "居民身份证换领"),
								Map.of("guideId", "id-card-loss-reissue", "title", "居民身份证挂失补领"))),
				Map.of("seq", 4, "type", "bot.fallback", "text", "抱歉，我没有找到相关的办事指南。", "handoffAvailable", true),
				Map.of("seq", 5, "type", "agent.message", "text", "请稍等，我来为您查询。", "agentName", "李强")));
		return event;
	}

	/** A conversation.assigned of a chat another agent transferred, whose notice to the citizen answers nothing. */
	private static Map<String, Object> transferred(String conversationId, String topic) {
		Map<String, Object> event = assigned(conversationId, topic);
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("seq", 6);
		notice.put("type", "bot.fallback");
		notice.put("replyTo", null);
		notice.put("text", "正在为您转接其他客服，请稍候。");
		notice.put("handoffAvailable", false);
		List<Object> transcript = new ArrayList<>((List<?>) event.get("transcript"));
		transcript.add(notice);
		event.put("transcript", transcript);
		return event;
	}

	private static Map<String, Object> withoutType(Map<String, Object> event) {
		Map<String, Object> conversation = new LinkedHashMap<>(event);
		conversation.remove("type");
		return conversation;
	}

}
