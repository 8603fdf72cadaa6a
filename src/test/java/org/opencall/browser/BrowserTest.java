package org.opencall.browser;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per test class, opened on first use; a screenshot after every
 * test (in {@code target/screenshots}), cookies cleared, the engine clock reset.
 */
abstract class BrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	Browser browser() throws Exception {
		if (browser == null) {
			browser = Browser.open(this.port);
		}
		return browser;
	}

	@AfterEach
	void screenshotAndReset(TestInfo test) {
		if (browser != null) {
			browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().get().getName());
			browser.logOut();
		}
		ClockUtil.reset();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

}
