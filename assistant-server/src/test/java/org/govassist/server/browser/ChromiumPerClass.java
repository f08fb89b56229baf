package org.govassist.server.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link SystemChromium} for all the tests of a class, registered with
 * {@code @RegisterExtension static final ChromiumPerClass chromium = new ChromiumPerClass();}: it
 * starts before the first test, with the page assertions waiting
 * {@link SystemChromium#ASSERTION_TIMEOUT_MILLIS}, and stops after the last. The pages it opens
 * for a test are closed after it.
 *
 * <p>Where Chromium is missing the class is skipped, or fails under {@code CI=true} (see
 * {@link SystemChromium}). Not thread-safe: one test class at a time uses one instance.
 */
final class ChromiumPerClass implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private final List<BrowserContext> opened = new ArrayList<>();

	private SystemChromium chromium;

	/** Starts the browser. */
	@Override
	public void beforeAll(ExtensionContext context) {
		PlaywrightAssertions.setDefaultAssertionTimeout(SystemChromium.ASSERTION_TIMEOUT_MILLIS);
		chromium = SystemChromium.launch();
	}

	/** Closes the pages opened for the test, with their browser contexts. */
	@Override
	public void afterEach(ExtensionContext context) {
		opened.forEach(BrowserContext::close);
		opened.clear();
	}

	/** Stops the browser. */
	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	/**
	 * Opens a page in a browser context of its own (no cookies, no storage) that dismisses every
	 * dialog, recording its message; both are closed after the test.
	 *
	 * @param dialogs where the messages of the page's dialogs go
	 * @return the blank page
	 */
	Page openPage(List<String> dialogs) {
		BrowserContext context = browser().newContext();
		opened.add(context);
		Page page = context.newPage();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		return page;
	}

	/** The running browser, for a test's own browser context. */
	Browser browser() {
		return chromium.browser();
	}

}
