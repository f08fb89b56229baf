package org.govassist.server.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The agent console page at {@code /agent/}, as a helpdesk agent uses it: signing in, the queue,
 * the chats and their reply boxes. Locators find what the agent sees; none of them waits by
 * itself, the assertions do.
 *
 * <p>Not thread-safe, like the Playwright page it drives.
 */
final class AgentConsole {

	private final Page page;

	private AgentConsole(Page page) {
		this.page = page;
	}

	/**
	 * Opens the console's sign-in form.
	 *
	 * @param page a fresh page
	 * @param origin where the assistant is served, e.g. {@code http://localhost:8080}
	 * @return the console
	 */
	static AgentConsole open(Page page, String origin) {
		page.navigate(origin + "/agent/");
		page.locator("#username").waitFor();
		return new AgentConsole(page);
	}

	/** Fills in the sign-in form and submits it. */
	void signIn(String username, String password) {
		page.getByLabel("用户名").fill(username);
		page.getByLabel("密码").fill(password);
		button("登录").click();
	}

	/** An element of the page. */
	Locator find(String selector) {
		return page.locator(selector);
	}

	/** A button by its accessible name. */
	Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The citizens waiting in the queue. */
	Locator queueItems() {
		return page.locator(".queue-item");
	}

	/** The panel of every chat held, in order. */
	Locator chats() {
		return page.locator(".chat");
	}

	/** The transcript entries of the one chat held. */
	Locator entries() {
		return page.locator(".chat .entry");
	}

	/** The reply box of the first chat. */
	Locator replyBox() {
		return page.locator(".chat .reply-input").first();
	}

	/** Types a reply into the first chat's box and sends it with Enter. */
	void reply(String text) {
		replyBox().fill(text);
		replyBox().press("Enter");
	}

	/** The line shown above a problem with signing in. */
	Locator signInProblem() {
		return page.locator(".sign-in-problem");
	}

}
