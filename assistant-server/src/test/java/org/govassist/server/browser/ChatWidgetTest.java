package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocket;
import com.microsoft.playwright.options.AriaRole;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.GuideWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chat widget on the demo portal, in Chromium, against the real server (questions, clarifying,
 * dropped connections, 长辈版, ratings, ending, leaving a message): the demo knowledge
 * base plus one guide whose words carry markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ChatWidgetTest {

	/** A guide an editor pasted markup into: it must reach the citizen as the words it is. */
	private static final String HOSTILE_GUIDE = """
			{
			  "id": "fishing-boat-registration",
			  "title": "渔业船舶登记<img src=x onerror=alert(document.domain)>",
			  "aliases": ["渔船登记"],
			  "department": "临江市农业农村局",
			  "summary": "渔业船舶所有人申请船舶登记。<img src=x onerror=alert(document.domain)>",
			  "materials": ["渔业船舶登记申请表<script>alert(document.domain)</script>", "船舶所有权证明"],
			  "updatedAt": "2026-09-01"
			}
			""";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	ConsultationEngine engine;

	@RegisterExtension
	static final ChromiumPerClass chromium = new ChromiumPerClass();

	private Page page;

	private final List<String> dialogs = new ArrayList<>();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.resolve("data").toString());
		properties.add("assistant.kb.seed", () -> writeSeed(dataDir.resolve("guides.json")).toString());
	}

	@BeforeEach
	void openPage() {
		// The first question loads the dictionaries, which on a busy machine takes longer than a
		// page assertion should wait.
		engine.ask("身份证丢了怎么补办", null);
		page = chromium.openPage(dialogs);
	}

	@Test
	void questionIsAnsweredWithTheGuideCard() {
		PortalChat chat = PortalChat.open(page, origin());

		chat.ask("身份证丢了怎么补办");

		assertThat(chat.guideTitles()).hasText("居民身份证挂失补领");
		assertThat(chat.find(".guide-department")).hasText("办理部门：临江市公安局");
		assertThat(chat.find(".guide-section--asked .guide-section-name")).not().isEmpty();
		assertThat(chat.citizenMessages()).containsText("身份证丢了怎么补办");
		assertThat(chat.citizenMessages()).hasAttribute("data-delivery", "sent");
	}

	@Test
	void tappedClarifyingOptionIsAnswered() {
		PortalChat chat = PortalChat.open(page, origin());

		chat.ask("身份证怎么办");
		chat.option("居民身份证换领").click();

		assertThat(chat.guideTitles()).hasText("居民身份证换领");
		assertThat(chat.citizenMessages()).hasCount(2);
		assertThat(chat.citizenMessages().last()).containsText("居民身份证换领");
	}

	@Test
	void chatResumesAfterTheServerDropsTheConnectionWithNothingDoubled() {
		PortalChat chat = PortalChat.open(page, origin());
		chat.ask("身份证丢了怎么补办");
		assertThat(chat.guideTitles()).hasCount(1);

		WebSocket reconnected = page.waitForWebSocket(() -> {
			chat.ask("那要多少钱？");
			DroppedConnections.dropAll(context.getWebServer());
		});

		assertThat(reconnected.url()).endsWith("/ws/chat");
		assertThat(chat.replies()).hasCount(2);
		assertThat(chat.find(".message--reply .guide-section--asked .guide-section-name").last()).hasText("收费标准");
		assertThat(chat.citizenMessages()).hasCount(2);
		assertThat(chat.find(".message--citizen[data-delivery=sent]")).hasCount(2);
		assertThat(chat.connectionBanner()).hasCount(0);
	}

	@Test
	void reloadedPortalShowsTheConversationOnce() {
		PortalChat chat = PortalChat.open(page, origin());
		chat.ask("身份证丢了怎么补办");
		assertThat(chat.guideTitles()).hasCount(1);
		chat.ask("那要多少钱？");
		assertThat(chat.replies()).hasCount(2);

		page.reload();
		PortalChat reloaded = PortalChat.reopen(page);

		assertThat(reloaded.replies()).hasCount(2);
		assertThat(reloaded.citizenMessages()).hasCount(2);
		assertThat(reloaded.citizenMessages().first()).containsText("身份证丢了怎么补办");
		reloaded.ask("在哪里办？");
		assertThat(reloaded.replies()).hasCount(3);
		assertThat(reloaded.citizenMessages()).hasCount(3);
	}

	@Test
	void elderModeEnlargesTheText() {
		PortalChat chat = PortalChat.open(page, origin());
		chat.ask("身份证丢了怎么补办");
		assertThat(chat.guideTitles()).hasCount(1);
		double bodyBefore = chat.fontSize("body");
		double answerBefore = chat.fontSize(".message--reply .bubble");

		chat.elderToggle().click();

		assertThat(chat.elderToggle()).hasAttribute("aria-pressed", "true");
		assertThat(chat.fontSize("body")).isGreaterThanOrEqualTo(18).isGreaterThan(bodyBefore);
		assertThat(chat.fontSize(".message--reply .bubble")).isGreaterThanOrEqualTo(30).isGreaterThan(answerBefore);
		assertThat(chat.fontSize(".guide-title")).isGreaterThanOrEqualTo(30);
		assertThat(chat.height(".send")).isGreaterThanOrEqualTo(60);
		assertThat(chat.height(".option, .chip")).isGreaterThanOrEqualTo(60);
	}

	@Test
	void markupInAGuideIsShownAsTextAndNeverRuns() {
		PortalChat chat = PortalChat.open(page, origin());

		chat.ask("渔业船舶登记需要什么材料");

		assertThat(chat.guideTitles()).hasText("渔业船舶登记<img src=x onerror=alert(document.domain)>");
		assertThat(chat.find(".guide-section--asked"))
			.containsText("渔业船舶登记申请表<script>alert(document.domain)</script>");
		chat.find(".guide-more summary").getByText("事项简介").click();
		assertThat(chat.find(".guide-more")).containsText("渔业船舶所有人申请船舶登记。<img src=x onerror=alert(document.domain)>");
		assertThat(chat.find(".log img, .log script")).hasCount(0);
		assertThat(dialogs).isEmpty();
	}

	@Test
	void answerIsRatedWithStars() {
		PortalChat chat = PortalChat.open(page, origin());
		chat.ask("身份证丢了怎么补办");
		assertThat(chat.guideTitles()).hasCount(1);

		chat.button("4 星，满意").click();

		assertThat(chat.find(".quick-rating-done")).hasText("您的评价：满意，谢谢！");
	}

	@Test
	void endedConversationIsRatedAndANewOneStarts() {
		PortalChat chat = PortalChat.open(page, origin());
		chat.ask("身份证丢了怎么补办");
		assertThat(chat.guideTitles()).hasCount(1);

		chat.button("结束会话").click();
		assertThat(chat.notices().last()).containsText("您已结束本次咨询。");
		assertThat(chat.find(".rating-title")).isFocused();
		Locator form = chat.find(".rating-form");
		form.getByText("满意", new Locator.GetByTextOptions().setExact(true)).click();
		form.getByText("说明清楚").click();
		form.getByLabel("其他意见或建议（选填）").fill("很方便");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交评价")).click();
		assertThat(chat.find(".rating-thanks")).isVisible();

		chat.ask("护照怎么办");
		assertThat(chat.notices().last()).containsText("已为您开始新的咨询。");
		assertThat(chat.replies()).hasCount(2);
		page.reload();
		PortalChat reloaded = PortalChat.reopen(page);
		assertThat(reloaded.replies()).hasCount(1);
	}

	@Test
	void handoffLeavesAMessageAndThanksAskForARating() {
		PortalChat chat = PortalChat.open(page, origin());
		assertThat(chat.find(".message--greeting .chip")).not().hasCount(0);
		chat.button("转人工").click();
		assertThat(chat.replies()).hasCount(1);
		chat.ask("孩子的护照能代办吗？电话13812345678");
		assertThat(chat.replies()).hasCount(2);
		chat.ask("好的，谢谢！");
		assertThat(chat.find(".rating-form")).isVisible();
	}

	private String origin() {
		return "http://localhost:" + port;
	}

	/** The demo guides and the hostile one, as a seed file. */
	private static Path writeSeed(Path file) {
		if (Files.exists(file)) {
			return file;
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			List<Guide> guides = new ArrayList<>(DemoKnowledgeBase.guides());
			guides.addAll(GuideReader.parse("hostile guide", "[" + HOSTILE_GUIDE + "]"));
			GuideWriter.write(guides, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GuideFileException ex) {
			throw new IllegalStateException(ex);
		}
		return file;
	}

}
