package org.opencall.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import org.opencall.OpencallTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login reaches the Camunda webapps each role may use: Admin for administrators,
 * Cockpit for auditors and officers, and not Cockpit for evaluators.
 */
@OpencallTest
class WebappsBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@AfterEach
	void screenshot(TestInfo test) {
		if (browser != null) {
			browser.screenshot("webapps-" + test.getTestMethod().get().getName());
			browser.logOut();
		}
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	Browser browser() throws Exception {
		if (browser == null) {
			browser = Browser.open(this.port);
		}
		return browser;
	}

	@Test
	void anAdministratorManagesUsersInAdmin() throws Exception {
		Browser page = browser().logIn("admin").visit("/camunda/app/admin/default/#/users");
		page.waitForText("olivia").waitForText("aude");
		assertThat(page.pageText()).doesNotContainIgnoringCase("end of life");
	}

	@Test
	void anAuditorReadsTheProcessesInCockpit() throws Exception {
		Browser page = browser().logIn("aude").visit("/camunda/app/cockpit/default/#/processes");
		page.waitForText("Call lifecycle").waitForText("Needs identification").waitForText("Submission");
	}

	@Test
	void anEvaluatorHasNoCockpit() throws Exception {
		Browser page = browser().logIn("eva").visit("/camunda/app/cockpit/default/#/processes");
		page.waitForText("access");
		assertThat(page.pageText()).doesNotContain("Call lifecycle");
	}

}
