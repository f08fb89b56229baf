package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.govassist.server.ApiClient;
import org.govassist.server.rating.Rating;
import org.govassist.server.rating.RatingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The administrators' page at {@code /admin/}, in Chromium, against the real server: an
 * administrator signs in, creates an agent's account and follows up a bad rating whose comment
 * carries markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.bootstrap.admin-password=" + AdminPageTest.ADMIN_PASSWORD)
@DirtiesContext
class AdminPageTest {

	static final String ADMIN_PASSWORD = "Keys-and-locks-2026";

	private static final String HOSTILE_COMMENT = "等了很久<img src=x onerror=alert(document.domain)>";

	@TempDir
	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RatingStore ratings;

	@RegisterExtension
	static final ChromiumPerClass chromium = new ChromiumPerClass();

	private Page page;

	private final List<String> dialogs = new ArrayList<>();

	/** Errors in the console, such as a script or style refused by the Content-Security-Policy. */
	private final List<String> consoleErrors = new ArrayList<>();

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry properties) {
		properties.add("assistant.data-dir", () -> dataDir.toString());
	}

	@BeforeEach
	void openPage() {
		page = chromium.openPage(dialogs);
		// Refused requests (400, 401) are logged by the browser as failed loads: those are expected.
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				consoleErrors.add(message.text());
			}
		});
	}

	@Test
	void adminSignsInCreatesAnAgentAndFollowsUpABadRating() {
		long ratingId = rateBadly();
		page.navigate("http://localhost:" + port + "/admin/");

		Locator signIn = page.locator(".sign-in");
		signIn.getByLabel("用户名").fill("admin");
		signIn.getByLabel("密码").fill(ADMIN_PASSWORD);
		signIn.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("登录")).click();
		assertThat(page.locator(".whoami")).hasText("已登录：管理员（admin）");

		Locator newUser = page.locator(".new-user");
		newUser.getByLabel("用户名").fill("agent-chen");
		newUser.getByLabel("姓名（显示名称）").fill("陈坐席");
		newUser.getByLabel("初始密码").fill("short");
		newUser.getByLabel("坐席").check();
		newUser.getByLabel("技能（用逗号或顿号分隔）").fill("社保、公积金");
		newUser.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("创建账号")).click();
		assertThat(page.locator("#new-password-error")).containsText("至少 10 个字符");
		assertThat(newUser.getByLabel("初始密码")).hasAttribute("aria-invalid", "true");

		newUser.getByLabel("初始密码").fill("Autumn-leaf-88");
		newUser.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("创建账号")).click();
		assertThat(page.locator(".status")).hasText("已创建账号 agent-chen。");
		Locator row = page.locator(".users tbody tr[data-username='agent-chen']");
		assertThat(row.locator("td").nth(1)).hasText("坐席");
		assertThat(row.locator("td").nth(2)).hasText("社保、公积金");
		assertThat(new ApiClient(port).login("agent-chen", "Autumn-leaf-88")).isNotBlank();

		page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("差评跟进")).click();
		Locator rating = page.locator(".rating[data-rating-id='" + ratingId + "']");
		assertThat(rating.locator(".rating-details")).containsText("留言：" + HOSTILE_COMMENT);
		assertThat(rating.locator(".follow-up-state")).hasText("当前状态：待处理");
		rating.getByLabel("跟进状态").selectOption("resolved");
		rating.getByLabel("处理说明").fill("已电话回访，补充了材料清单");
		rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("保存跟进")).click();

		assertThat(rating.locator(".follow-up-state")).containsText("当前状态：已办结（admin，");
		assertThat(jdbc.sql("SELECT follow_up_status FROM rating WHERE id = :id").param("id", ratingId)
			.query(String.class)
			.single()).isEqualTo("resolved");
		assertThat(page.locator(".rating img")).hasCount(0);
		assertThat(dialogs).isEmpty();
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void theAuditLogShowsTheSignInAndCanBeFiltered() {
		page.navigate("http://localhost:" + port + "/admin");
		Locator signIn = page.locator(".sign-in");
		signIn.getByLabel("用户名").fill("admin");
		signIn.getByLabel("密码").fill("not-the-password");
		signIn.getByLabel("密码").press("Enter");
		assertThat(signIn.locator(".form-error")).hasText("用户名或密码错误。");
		signIn.getByLabel("密码").fill(ADMIN_PASSWORD);
		signIn.getByLabel("密码").press("Enter");

		Locator tab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("账号管理"));
		tab.focus();
		page.keyboard().press("End");
		assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("审计日志")))
			.hasAttribute("aria-selected", "true");
		Locator filters = page.locator(".audit-filters");
		filters.getByLabel("操作", new Locator.GetByLabelOptions().setExact(true)).fill("login");
		filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("查询")).click();

		Locator rows = page.locator(".audit tbody tr");
		assertThat(rows.first().locator("td").nth(2)).hasText("登录");
		assertThat(rows.first().locator("td").nth(5)).hasText("成功");
		assertThat(rows.nth(1).locator("td").nth(5)).hasText("失败");
		assertThat(consoleErrors).isEmpty();
	}

	private long rateBadly() {
		UUID conversation = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO conversation (id, token_hash, created, last_active)
				VALUES (:id, :token, :now, :now)""")
			.param("id", conversation)
			.param("token", conversation.toString())
			.param("now", now)
			.update();
		ratings.save(new Rating(conversation, Rating.WHOLE_CONVERSATION, 1, List.of("等待太久"), HOSTILE_COMMENT,
				"id-card-loss-reissue", "临江市公安局", null, "r1", now));
		return jdbc.sql("SELECT id FROM rating WHERE conversation_id = :id").param("id", conversation)
			.query(Long.class)
			.single();
	}

}
