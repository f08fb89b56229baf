package org.govassist.server.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Chromium installed on this machine, driven by Playwright, for tests that use the real pages.
 *
 * <p>Playwright never downloads a browser here: it starts {@value #EXECUTABLE}. Where that is
 * missing the calling test is skipped, unless {@code CI=true}: there a missing browser fails the
 * build, so that a green CI run always includes the browser tests.
 *
 * <p>Not thread-safe: one test class at a time uses one instance.
 */
final class SystemChromium implements AutoCloseable {

	/** Where Debian installs Chromium. */
	static final String EXECUTABLE = "/usr/bin/chromium";

	/**
	 * How long assertions wait for the page: generous, because the machine may be busy with other
	 * builds, and a passing assertion returns as soon as it holds.
	 */
	static final double ASSERTION_TIMEOUT_MILLIS = 30_000;

	private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final Playwright playwright;

	private final Browser browser;

	private SystemChromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Starts a headless Chromium.
	 *
	 * @return the running browser; close it when done
	 */
	static SystemChromium launch() {
		Path executable = Path.of(EXECUTABLE);
		if (!Files.isExecutable(executable)) {
			unavailable(EXECUTABLE + " is missing");
		}
		Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(ARGUMENTS));
			return new SystemChromium(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		playwright.close();
	}

	private static void unavailable(String why) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(why + "; under CI=true the browser tests must run");
		}
		Assumptions.abort(why + "; browser tests skipped");
	}

}
