package org.govassist.server.browser;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The chat widget on the demo portal page, as a citizen uses it: the launcher button, then the
 * chat in its frame. Locators find what the citizen sees; none of them waits by itself, the
 * assertions do.
 *
 * <p>Not thread-safe, like the Playwright page it drives.
 */
final class PortalChat {

	private final FrameLocator chat;

	private PortalChat(Page page) {
		this.chat = page.frameLocator("govassist-widget iframe");
	}

	/**
	 * Opens the portal page and the chat on it.
	 *
	 * @param page a fresh page
	 * @param origin where the portal is served, e.g. {@code http://localhost:8080}
	 * @return the opened chat
	 */
	static PortalChat open(Page page, String origin) {
		page.navigate(origin + "/");
		return reopen(page);
	}

	/**
	 * Opens the chat on the portal page already loaded, e.g. after the page was reloaded.
	 *
	 * @param page showing the portal
	 * @return the opened chat
	 */
	static PortalChat reopen(Page page) {
		page.locator("govassist-widget .launcher").click();
		PortalChat portalChat = new PortalChat(page);
		// The greeting is the chat app's first work: from then on it handles what is typed.
		portalChat.find(".message--greeting").waitFor();
		return portalChat;
	}

	/** Types a question and sends it with Enter. */
	void ask(String question) {
		input().fill(question);
		input().press("Enter");
	}

	/** An element of the chat. */
	Locator find(String selector) {
		return chat.locator(selector);
	}

	/** A button of the chat by its accessible name. */
	Locator button(String name) {
		return chat.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName(name).setExact(true));
	}

	/** An option of the bot's latest clarifying question, by its title. */
	Locator option(String title) {
		return chat.locator(".options").last().getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName(title).setExact(true));
	}

	Locator input() {
		return chat.locator(".composer-input");
	}

	/** The citizen's own messages. */
	Locator citizenMessages() {
		return chat.locator(".message--citizen");
	}

	/** The bot's replies: answers, clarifying questions and fallbacks. */
	Locator replies() {
		return chat.locator(".message--reply");
	}

	/** The titles of the guides shown in answer cards. */
	Locator guideTitles() {
		return chat.locator(".guide-title");
	}

	/** Short lines of the chat itself, such as the queue position. */
	Locator notices() {
		return chat.locator(".message--notice");
	}

	/** The connection banner, shown while the chat is not connected. */
	Locator connectionBanner() {
		return chat.locator(".banner--shown");
	}

	/** The 长辈版 switch. */
	Locator elderToggle() {
		return chat.locator(".elder-toggle");
	}

	/** The computed CSS {@code font-size} of the first element found, in pixels. */
	double fontSize(String selector) {
		return pixels(find(selector).first().evaluate("node => getComputedStyle(node).fontSize"));
	}

	/** The rendered height of the first element found, in pixels. */
	double height(String selector) {
		return ((Number) find(selector).first().evaluate("node => node.getBoundingClientRect().height")).doubleValue();
	}

	private static double pixels(Object cssLength) {
		return Double.parseDouble(cssLength.toString().replace("px", ""));
	}

}
