package org.govassist.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The editor console at {@code /editor/}, as an editor uses it: found by labels, roles and the
 * words on the screen. Locators do not wait by themselves; the assertions do.
 *
 * <p>Not thread-safe, like the Playwright page it drives.
 */
final class EditorConsole {

	/** Where the console is served. */
	static final String PATH = "/editor/";

	private final Page page;

	private EditorConsole(Page page) {
		this.page = page;
	}

	/**
	 * Opens the console and signs in.
	 *
	 * @param page a fresh page
	 * @param origin where the assistant is served, e.g. {@code http://localhost:8080}
	 * @param username the staff member's name
	 * @param password their password
	 * @return the console, signed in (or showing why not)
	 */
	static EditorConsole signIn(Page page, String origin, String username, String password) {
		page.navigate(origin + PATH);
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
		return new EditorConsole(page);
	}

	/** Selects a view of the console by its tab, e.g. 待解决问题. */
	void view(String name) {
		tab(name).click();
	}

	/** A tab by its name. */
	Locator tab(String name) {
		return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** Searches the guide list and opens the guide with this title. */
	void openGuide(String query, String title) {
		page.getByLabel("搜索").fill(query);
		Locator row = page.locator(".guide-open").filter(new Locator.FilterOptions().setHasText(title));
		row.first().click();
		assertThat(page.locator("#workspace-heading")).hasText("编辑：" + title);
	}

	/** A field of the guide form by its label (which may go on, e.g. with 必填). */
	Locator field(String label) {
		return page.locator(".guide-form").getByLabel(label);
	}

	/** The part of the form that shows a path's problems and controls, e.g. {@code materials[2]}. */
	Locator item(String path) {
		return page.locator("[data-path=\"" + path + "\"]");
	}

	/** The field of the form for a top-level field name, e.g. {@code title}. */
	Locator formField(String name) {
		return page.locator(".guide-form [data-field=\"" + name + "\"]");
	}

	/** A button by its accessible name. */
	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** Saves the guide open. */
	void save() {
		button("保存并发布").click();
	}

	/** Confirms the dialog the console asks in. */
	void confirm() {
		page.locator(".confirm-dialog .confirm-ok").click();
	}

	/** The workspace's status line, e.g. after a save. */
	Locator status() {
		return page.locator(".form-status");
	}

	/** An element of the page. */
	Locator find(String selector) {
		return page.locator(selector);
	}

	Page page() {
		return page;
	}

}
