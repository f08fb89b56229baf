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

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.demo.DemoKnowledgeBase;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideFileException;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.GuideWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chat widget on the demo portal, in Chromium, against the real server: the demo knowledge
 * base plus one guide whose words carry markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ChatWidgetCitizenTest {

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

	private static SystemChromium chromium;

	private BrowserContext browserContext;

	private Page page;

	private final List<String> dialogs = new ArrayList<>();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.resolve("data").toString());
		properties.add("assistant.kb.seed", () -> writeSeed(dataDir.resolve("guides.json")).toString());
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
	void openPage() {
		// The first question loads the dictionaries, which on a busy machine takes longer than a
		// page assertion should wait.
		engine.ask("身份证丢了怎么补办", null);
		browserContext = chromium.browser().newContext();
		page = browserContext.newPage();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
	}

	@AfterEach
	void closePage() {
		browserContext.close();
	}

	@Test
	void answerIsRatedWithStars() {
		page.onConsoleMessage(m -> System.out.println("CONSOLE " + m.type() + " " + m.text()));
		PortalChat chat = PortalChat.open(page, origin());
		chat.ask("身份证丢了怎么补办");
		assertThat(chat.guideTitles()).hasCount(1);

		chat.button("4 星，满意").click();

		assertThat(chat.find(".quick-rating-done")).hasText("您的评价：满意，谢谢！");
	}

	@Test
	void endedConversationIsRatedAndANewOneStarts() {
		page.onConsoleMessage(m -> System.out.println("CONSOLE " + m.type() + " " + m.text()));
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
