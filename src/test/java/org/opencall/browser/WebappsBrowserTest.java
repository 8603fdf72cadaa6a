package org.opencall.browser;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login reaches the Camunda webapps each role may use: Admin for administrators,
 * Cockpit for auditors and officers, and not Cockpit for evaluators.
 */
@OpencallTest
class WebappsBrowserTest extends BrowserTest {

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
