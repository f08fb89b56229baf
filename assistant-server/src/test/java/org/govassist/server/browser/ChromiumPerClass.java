package org.govassist.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link SystemChromium} for all the tests of a class, registered with
 * {@code @RegisterExtension static final ChromiumPerClass chromium = new ChromiumPerClass();}: it
 * starts before the first test, with the page assertions waiting
 * {@link SystemChromium#ASSERTION_TIMEOUT_MILLIS}, and stops after the last.
 *
 * <p>Where Chromium is missing the class is skipped, or fails under {@code CI=true} (see
 * {@link SystemChromium}). Not thread-safe: one test class at a time uses one instance.
 */
final class ChromiumPerClass implements BeforeAllCallback, AfterAllCallback {

	private SystemChromium chromium;

	/** Starts the browser. */
	@Override
	public void beforeAll(ExtensionContext context) {
		PlaywrightAssertions.setDefaultAssertionTimeout(SystemChromium.ASSERTION_TIMEOUT_MILLIS);
		chromium = SystemChromium.launch();
	}

	/** Stops the browser. */
	@Override
	public void afterAll(ExtensionContext context) {
		if (chromium != null) {
			chromium.close();
			chromium = null;
		}
	}

	/** The running browser, for a test's own browser context. */
	Browser browser() {
		return chromium.browser();
	}

}
