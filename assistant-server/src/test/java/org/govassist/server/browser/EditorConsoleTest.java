package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.govassist.kb.ConsultationEngine;
import org.govassist.server.ApiClient;
import org.govassist.server.StaffAccounts;
import org.govassist.server.editor.GapInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The editor console in Chromium against the real server on the demo knowledge base: an editor
 * signs in, edits and saves guides that citizens are then answered from, sees problems next to
 * their fields, compares and restores versions, previews the answer card, works the gap inbox
 * and tries questions. Each test works on guides of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EditorConsoleTest {

	private static final String PASSWORD = "editor-password";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	GapInbox inbox;

	@Autowired
	ConsultationEngine engine;

	@RegisterExtension
	static final ChromiumPerClass chromium = new ChromiumPerClass();

	private Page page;

	private final List<String> dialogs = new ArrayList<>();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.resolve("data").toString());
	}

	@BeforeEach
	void openPage() {
		StaffAccounts.createEditorAndAgent(jdbc, encoder, PASSWORD);
		// The first question loads the dictionaries, which on a busy machine takes longer than a
		// page assertion should wait.
		engine.ask("身份证丢了怎么补办", null);
		page = chromium.openPage(dialogs);
	}

	@Test
	void savedFeeIsWhatTheCitizenIsToldNext() {
		EditorConsole console = signIn();
		console.openGuide("身份证", "居民身份证挂失补领");

		console.field("收费标准").fill("工本费48元（2026年12月1日起执行）。");
		console.save();

		assertThat(console.status()).hasText("已保存，第 2 版已发布。");
		Page citizenPage = page.context().newPage();
		PortalChat chat = PortalChat.open(citizenPage, origin());
		chat.ask("身份证丢了补办要多少钱");
		assertThat(chat.guideTitles()).hasText("居民身份证挂失补领");
		assertThat(chat.find(".guide-section--asked")).containsText("工本费48元（2026年12月1日起执行）。");
	}

	@Test
	void accountWithoutTheEditorRoleIsTurnedAway() {
		EditorConsole console = EditorConsole.signIn(page, origin(), "agent-li", PASSWORD);

		assertThat(console.find(".sign-in-message")).containsText("没有编辑权限");
		assertThat(console.tab("办事指南")).isHidden();
	}

	@Test
	void problemsAreShownNextToTheirFields() {
		EditorConsole console = signIn();
		console.openGuide("护照", "普通护照首次申请");

		console.field("事项名称").fill("");
		console.field("办理部门").focus();
		assertThat(console.formField("title").locator(".field-error")).hasText("必填。");
		console.field("事项名称").fill("普通护照首次申请");
		console.field("办理部门").focus();
		assertThat(console.formField("title").locator(".field-error")).isHidden();

		Locator materials = console.formField("materials");
		int before = materials.locator(".list-item").count();
		materials.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("添加一项")).click();
		console.save();

		// A blank item is the server's finding: it comes back as problem+json naming materials[n].
		Locator blank = console.item("materials[" + before + "]");
		assertThat(blank.locator(".field-error")).hasText("此项为空，请填写内容或删除此项。");
		assertThat(blank.locator("textarea")).hasAttribute("aria-invalid", "true");
		assertThat(console.find(".error-summary")).isFocused();
		assertThat(console.status()).isHidden();
	}

	@Test
	void markupInAGuideIsPreviewedAsTextAndNeverRuns() {
		EditorConsole console = signIn();
		console.openGuide("结婚", "结婚登记");

		console.field("事项名称").fill("结婚登记<img src=x onerror=alert(document.domain)>");
		console.field("收费标准").fill("免费<script>alert(document.domain)</script>");
		console.tab("预览").click();
		console.find("#preview-asked").selectOption("FEE");

		Locator preview = console.find(".citizen-preview");
		assertThat(preview.locator(".guide-title")).hasText("结婚登记<img src=x onerror=alert(document.domain)>");
		assertThat(preview.locator(".guide-section--asked")).containsText("免费<script>alert(document.domain)</script>");
		assertThat(preview.locator("img, script")).hasCount(0);
		assertThat(dialogs).isEmpty();
	}

	@Test
	void historyComparesTwoVersionsAndRestoresTheFirst() {
		EditorConsole console = signIn();
		console.openGuide("驾驶证", "机动车驾驶证审验");
		String original = console.field("收费标准").inputValue();
		console.field("收费标准").fill("审验不收费。");
		console.save();
		assertThat(console.status()).hasText("已保存，第 2 版已发布。");

		console.tab("历史版本").click();
		console.button("比较").click();

		Locator fee = console.find(".diff-table tr[data-field=\"fee\"]");
		assertThat(fee.locator(".diff-before")).containsText(original);
		assertThat(fee.locator(".diff-after")).hasText("审验不收费。");

		console.button("恢复第 1 版").click();
		console.confirm();
		assertThat(console.find(".history-panel .message")).hasText("已恢复第 1 版的内容，发布为第 3 版。");
		console.tab("编辑").click();
		assertThat(console.field("收费标准")).hasValue(original);
	}

	@Test
	void unansweredQuestionIsAddedAsAnAliasOfTheChosenGuide() {
		inbox.fallback("宠物狗办证去哪里");
		EditorConsole console = signIn();
		console.view("待解决问题");

		Locator group = console.find(".gap-group").filter(new Locator.FilterOptions().setHasText("宠物狗办证去哪里"));
		assertThat(group.locator(".gap-count")).hasText("被问 1 次");
		group.getByLabel("加入的办事指南").selectOption("legal-aid-application");
		group.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("加入办事指南")).click();

		assertThat(console.find(".view--gaps > .message")).hasText("已加入“法律援助申请”（第 2 版已发布）。");
		assertThat(group).hasCount(0);
		String editor = new ApiClient(port).login("editor-wang", PASSWORD);
		assertThat(new ApiClient(port).get("/api/kb/guides/legal-aid-application", editor).body()).contains("宠物狗办证去哪里");
	}

	@Test
	void unansweredQuestionBecomesAnFaqAndAnotherIsDismissed() {
		inbox.fallback("游艇驾驶证在哪考");
		inbox.fallback("热气球飞行许可怎么申请");
		EditorConsole console = signIn();
		console.view("待解决问题");

		Locator yachts = console.find(".gap-group").filter(new Locator.FilterOptions().setHasText("游艇驾驶证在哪考"));
		yachts.getByLabel("加入的办事指南").selectOption("vehicle-inspection");
		yachts.getByText("作为常见问题").click();
		yachts.getByLabel("常见问题的答复").fill("游艇驾驶证由海事部门负责，不在本事项范围内。");
		yachts.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入办事指南")).click();
		assertThat(console.find(".view--gaps > .message")).hasText("已加入“机动车安全技术检验及检验标志核发”（第 2 版已发布）。");

		Locator balloons = console.find(".gap-group").filter(new Locator.FilterOptions().setHasText("热气球飞行许可怎么申请"));
		balloons.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("忽略")).click();
		assertThat(console.find(".view--gaps > .message")).hasText("已忽略这组问题。");
		assertThat(balloons).hasCount(0);

		console.view("办事指南");
		console.openGuide("检验", "机动车安全技术检验及检验标志核发");
		Locator faqs = console.formField("faqs").locator(".list-item");
		assertThat(faqs.last().locator("input")).hasValue("游艇驾驶证在哪考");
		assertThat(faqs.last().locator("textarea")).hasValue("游艇驾驶证由海事部门负责，不在本事项范围内。");
	}

	@Test
	void triedQuestionShowsTheAnswerAndTheCandidatesWithTheirMatchedTerms() {
		EditorConsole console = signIn();
		console.view("试问");

		console.page().getByLabel("问题", new Page.GetByLabelOptions().setExact(true)).fill("护照丢了怎么补办");
		console.button("试问").click();

		Locator candidates = console.find(".candidates tbody tr");
		assertThat(candidates.first()).containsText("普通护照换发、补发");
		assertThat(candidates.first().locator(".term").first()).isVisible();
		assertThat(console.find(".try-decision")).containsText("结果：");
		assertThat(console.find(".try-result .citizen-preview .message--reply")).isVisible();
	}

	@Test
	void importedFileIsReportedWithTheReasonOfEachRejectedGuide() {
		EditorConsole console = signIn();
		console.view("导入导出");

		console.page().getByLabel("文件").setInputFiles(new FilePayload("guides.json", "application/json", """
				[{"id": "kite-flying-permit", "title": "风筝放飞许可", "department": "临江市体育局", "summary": "在限定区域放飞大型风筝的许可。"},
				 {"id": "kite-festival", "department": "临江市体育局", "summary": "风筝节摊位申请。"}]
				""".getBytes(StandardCharsets.UTF_8)));
		console.button("导入").click();

		assertThat(console.find(".counts [data-count=created]")).hasText("1");
		assertThat(console.find(".counts [data-count=rejected]")).hasText("1");
		assertThat(console.find(".rejected tbody tr")).containsText("kite-festival");
		assertThat(console.find(".rejected tbody tr")).containsText("事项名称：必填。");
	}

	@Test
	void saveOverSomeoneElsesIsRefusedAndTheLatestCanBeLoaded() {
		EditorConsole console = signIn();
		console.openGuide("高龄", "高龄津贴申领");
		ApiClient api = new ApiClient(port);
		String other = api.login("editor-wang", PASSWORD);
		String saved = api.get("/api/kb/guides/elderly-allowance", other).body()
			.replaceFirst("\"hours\"\\s*:\\s*\"[^\"]*\"", "\"hours\":\"工作日 8:30—17:00\"");
		assertThat(api.put("/api/kb/guides/elderly-allowance", other, saved, "\"1\"").statusCode()).isEqualTo(200);

		console.field("收费标准").fill("不收费。");
		console.save();

		Locator conflict = console.find(".conflict");
		assertThat(conflict).containsText("其他人已先保存");
		assertThat(conflict).containsText("您基于第 1 版修改，当前已是第 2 版。");
		console.button("载入最新版本（放弃我的修改）").click();
		assertThat(console.field("办理时间")).hasValue("工作日 8:30—17:00");
		assertThat(console.find(".version-badge")).hasText("第 2 版");
	}

	@Test
	void lexiconNamesTheLinesRefusedAndIsSavedAsANewVersion() {
		EditorConsole console = signIn();
		console.view("词库");
		Locator words = console.page().getByLabel("领域词（每行一个）");

		words.fill("潜水证\n\n灵活就业");
		console.page().getByLabel("同义词组（每行一组，词之间用空格、逗号或顿号分隔）").fill("潜水证 潜水员证");
		console.button("保存词库").click();
		assertThat(console.find("#lexicon-words-error")).containsText("领域词第 3 行：内置词典已收录“灵活就业”");
		assertThat(words).hasAttribute("aria-invalid", "true");

		words.fill("潜水证\n游艇驾照");
		console.button("保存词库").click();

		assertThat(console.find(".view--lexicon .message")).hasText("词库已保存（第 1 版），已生效。");
		assertThat(console.find("#lexicon-words-error")).isHidden();
		assertThat(console.find(".lexicon-history tbody tr")).hasCount(1);
		assertThat(console.find(".lexicon-history tbody tr")).containsText("editor-wang");
	}

	@Test
	void newGuideIsPublishedUnderAFreeIdAndThenWithdrawn() {
		EditorConsole console = signIn();
		console.button("新建办事指南").click();
		assertThat(console.find("#workspace-heading")).hasText("新建办事指南");

		console.field("编号").fill("id-card-renewal");
		console.field("事项名称").fill("龙舟赛事活动许可");
		console.field("办理部门").fill("临江市体育局");
		console.field("事项简介").fill("在市内水域举办龙舟赛事活动，应事先取得许可。");
		console.save();
		assertThat(console.formField("id").locator(".field-error")).hasText("这个编号已被其他办事指南使用，请换一个。");

		console.field("编号").fill("dragon-boat-race-permit");
		console.save();
		assertThat(console.status()).hasText("已新建并发布（第 1 版）。");
		assertThat(console.field("编号")).hasAttribute("readonly", "");

		console.button("撤回").click();
		console.confirm();
		assertThat(console.status()).hasText("已撤回，群众咨询时不会再看到此办事指南。");
		console.page().getByLabel("搜索").fill("dragon-boat");
		assertThat(console.find(".guide-row[data-id=\"dragon-boat-race-permit\"] .badge--withdrawn")).hasText("已撤回");
	}

	@Test
	void exportedCsvHoldsThePublishedGuides() {
		EditorConsole console = signIn();
		console.view("导入导出");

		Download download = console.page().waitForDownload(() -> console.button("导出 CSV").click());

		assertThat(download.suggestedFilename()).isEqualTo("guides.csv");
		try {
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\uFEFF").contains("id-card-renewal").contains("居民身份证换领");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void listItemsAreMovedAndRemovedOneByOne() {
		EditorConsole console = signIn();
		console.openGuide("居住证", "居住证申领");
		Locator process = console.formField("process");
		Locator steps = process.locator(".list-item textarea");
		String first = steps.nth(0).inputValue();
		String second = steps.nth(1).inputValue();
		int count = steps.count();

		process.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("下移办理流程 第 1 项")).click();
		assertThat(process.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("下移办理流程 第 2 项"))).isFocused();
		process.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("删除办理流程 第 " + count + " 项")).click();
		console.save();

		assertThat(console.status()).hasText("已保存，第 2 版已发布。");
		assertThat(steps).hasCount(count - 1);
		assertThat(steps.nth(0)).hasValue(second);
		assertThat(steps.nth(1)).hasValue(first);
		String editor = new ApiClient(port).login("editor-wang", PASSWORD);
		JsonNode saved = ApiClient.json(new ApiClient(port).get("/api/kb/guides/residence-permit", editor));
		assertThat(saved.get("process").size()).isEqualTo(count - 1);
		assertThat(saved.get("process").get(0).asString()).isEqualTo(second);
	}

	private EditorConsole signIn() {
		EditorConsole console = EditorConsole.signIn(page, origin(), "editor-wang", PASSWORD);
		assertThat(console.tab("办事指南")).isVisible();
		return console;
	}

	private String origin() {
		return "http://localhost:" + port;
	}

}
