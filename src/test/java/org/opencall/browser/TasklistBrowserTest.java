package org.opencall.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.domain.CallStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda Tasklist as the product ships it: one login, saved filters, Opencall branding
 * without the upstream end-of-life banner, and a task completed through its Camunda Form.
 */
@OpencallTest
class TasklistBrowserTest {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallCatalogue catalogue;

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anOfficerLogsInOnceSeesTheReviewTaskClaimsItFillsItsFormAndCompletesIt() throws Exception {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);

		browser = Browser.open(this.port);
		try {
			browser.logIn("oscar").visit("/camunda/app/tasklist/");
			browser.waitForText("My group's tasks").waitForText("My tasks");
			assertThat(browser.pageText()).doesNotContainIgnoringCase("end of life");
			browser.clickText("My group's tasks");
			browser.clickText("Review call for approval");
			browser.clickText("Claim");
			browser.waitForText("Decision");
			browser.clickText("Approve");
			browser.clickText("Complete");
			browser.waitForText("Select a task in the list.");
			awaitStatus(reference, CallStatus.SCHEDULED);
		}
		finally {
			browser.screenshot("tasklist-review-completed");
		}
		assertThat(this.catalogue.officerCall("olivia", reference).reviewedBy()).isEqualTo("oscar");
	}

	/**
	 * The browser answers before the server has finished; wait for the completion to
	 * land.
	 */
	private void awaitStatus(String reference, CallStatus expected) throws InterruptedException {
		for (int attempt = 0; attempt < 50
				&& this.catalogue.officerCall("olivia", reference).status() != expected; attempt++) {
			Thread.sleep(200);
		}
		assertThat(this.catalogue.officerCall("olivia", reference).status()).isEqualTo(expected);
	}

}
