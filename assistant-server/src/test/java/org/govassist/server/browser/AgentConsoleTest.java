package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.govassist.server.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The agent console at {@code /agent/} and the citizen's widget, each in its own Chromium
 * context, against the real server: an operator creates an agent's account as the bootstrap
 * admin, the agent signs in, a citizen asks the bot and then for a person, the agent takes the
 * chat with what the bot said so far and replies, and the citizen reads the reply; replies put
 * together from a guide's section and a canned reply reach the citizen too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.bootstrap.admin-password=" + AgentConsoleTest.ADMIN_PASSWORD,
				"assistant.retrieval.semantic.enabled=false" })
@DirtiesContext
class AgentConsoleTest {

	static final String ADMIN_PASSWORD = "Bright-harbour-2026";

	private static final String AGENT_PASSWORD = "Autumn-leaf-88";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	private static SystemChromium chromium;

	private BrowserContext agentContext;

	private BrowserContext citizenContext;

	/** Errors in the console's browser console, such as a script or style refused by the Content-Security-Policy. */
	private final List<String> consoleErrors = new ArrayList<>();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

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
	void openContexts() {
		agentContext = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
		citizenContext = chromium.browser().newContext();
	}

	@AfterEach
	void closeContexts() {
		agentContext.close();
		citizenContext.close();
	}

	@Test
	void agentTakesAHandedOffChatAndTheCitizenReadsTheReply() {
		createAgent("agent-chen", "陈坐席");
		Page agentPage = agentContext.newPage();
		agentPage.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				consoleErrors.add(message.text());
			}
		});
		AgentConsole agent = AgentConsole.open(agentPage, origin());
		agent.signIn("agent-chen", AGENT_PASSWORD);
		assertThat(agent.find(".agent-name")).hasText("客服：陈坐席");
		// The banner says 正在连接… until the server's agent.state: from then on the agent is online.
		assertThat(agent.find(".banner")).isHidden();
		assertThat(agent.find(".status-select")).hasValue("online");

		PortalChat citizen = PortalChat.open(citizenContext.newPage(), origin());
		citizen.ask("身份证丢了怎么补办");
		assertThat(citizen.guideTitles()).hasText("居民身份证挂失补领");
		citizen.button("转人工").click();

		takeTheChat(agent);
		assertThat(agent.chats()).hasCount(1);
		assertThat(agent.entries().first()).containsText("身份证丢了怎么补办");
		assertThat(agent.find(".chat .entry-guide").first()).hasText("依据指南：居民身份证挂失补领");
		assertThat(citizen.notices().last()).containsText("人工客服陈坐席已接入，为您服务。");

		agent.reply("您好，补领需要本人到派出所办理，请带上户口簿。");
		assertThat(agent.find(".entry--own")).hasAttribute("data-delivery", "sent");
		assertThat(citizen.find(".message--agent .bubble")).hasText("您好，补领需要本人到派出所办理，请带上户口簿。");
		assertThat(citizen.find(".message--agent .message-author")).hasText("人工客服 · 陈坐席");

		citizen.ask("好的，谢谢");
		assertThat(agent.entries().last()).containsText("好的，谢谢");
		assertThat(agent.find(".announcer")).containsText("市民说：好的，谢谢");

		citizen.button("结束会话").click();
		assertThat(agent.entries().last()).hasText("市民已结束会话。");
		assertThat(agent.button("关闭已结束的会话：" + agent.find(".chat-title").textContent())).isVisible();
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void agentAnswersFromAGuideSectionAndACannedReplyThenCloses() {
		createAgent("agent-liu", "刘坐席");
		Page agentPage = agentContext.newPage();
		AgentConsole agent = AgentConsole.open(agentPage, origin());
		agent.signIn("agent-liu", AGENT_PASSWORD);
		assertThat(agent.find(".banner")).isHidden();
		PortalChat citizen = PortalChat.open(citizenContext.newPage(), origin());
		citizen.ask("社保卡丢了怎么补办");
		assertThat(citizen.guideTitles()).hasCount(1);
		String guideTitle = citizen.guideTitles().textContent();
		citizen.button("转人工").click();
		takeTheChat(agent);

		agent.button("插入指南内容：" + guideTitle).click();
		Locator dialog = agentPage.getByRole(AriaRole.DIALOG);
		Locator firstSection = dialog.locator(".section").first();
		String sectionName = firstSection.locator(".section-name").textContent();
		firstSection.getByRole(AriaRole.BUTTON).click();
		assertThat(agent.replyBox()).hasValue(Pattern.compile("^" + sectionName + "："));
		agent.replyBox().press("Enter");
		assertThat(citizen.find(".message--agent .bubble")).containsText(sectionName + "：");

		agent.button("常用语").click();
		dialog.getByLabel("标题").fill("结束语");
		dialog.getByLabel("内容").fill("感谢您的咨询，祝您办事顺利。");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存")).click();
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("插入常用语：结束语")).click();
		agent.replyBox().press("Enter");
		assertThat(citizen.find(".message--agent .bubble").last()).hasText("感谢您的咨询，祝您办事顺利。");

		agent.button("结束会话").click();
		dialog.getByLabel("处理小结（选填，仅内部可见）").fill("已告知补办流程");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("结束会话")).click();
		assertThat(agent.entries().last()).hasText("会话已结束。");
		assertThat(citizen.notices().last()).containsText("人工客服已结束本次咨询。");
	}

	/**
	 * The server routes a handed-off chat to an online agent with room for it; a chat it left in
	 * the queue is picked from there.
	 */
	private static void takeTheChat(AgentConsole agent) {
		Locator chatOrQueued = agent.find(".chat, .queue-item .pick");
		chatOrQueued.first().waitFor();
		if (agent.chats().count() == 0) {
			agent.find(".queue-item .pick").first().click();
		}
	}

	/** Creates an agent's account as an operator would: as the bootstrap admin, through the API. */
	private void createAgent(String username, String displayName) {
		ApiClient api = new ApiClient(port);
		String token = api.login("admin", ADMIN_PASSWORD);
		HttpResponse<String> created = api.post("/api/admin/users", token, JsonMapper.shared()
			.writeValueAsString(Map.of("username", username, "password", AGENT_PASSWORD, "displayName", displayName,
					"roles", List.of("AGENT"), "skills", List.of())));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private String origin() {
		return "http://localhost:" + port;
	}

}
