package org.opencall.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.calls.CallState;
import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedState;
import org.opencall.needs.NeedSubmission;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionState;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda Tasklist as the product ships it: one login, saved filters, Opencall branding
 * without the upstream end-of-life banner, and tasks completed through their Camunda
 * Forms.
 */
@OpencallTest
class TasklistBrowserTest extends BrowserTest {

	@Autowired
	CallDrafting drafting;

	@Autowired
	TaskService taskService;

	@Autowired
	CallCatalogue catalogue;

	@Autowired
	NeedSubmission needs;

	@Autowired
	NeedBacklog backlog;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	ProposalSubmitting submitting;

	@Autowired
	SubmissionQueries submissions;

	@Test
	void anOfficerLogsInOnceSeesTheReviewTaskClaimsItFillsItsFormAndCompletesIt() throws Exception {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);

		Browser page = browser().logIn("oscar").visit("/camunda/app/tasklist/");
		page.waitForText("My group's tasks").waitForText("My tasks");
		assertThat(page.pageText()).doesNotContainIgnoringCase("end of life");
		completeFromGroupTasks(page, "Review call for approval — " + reference, "Approve");
		awaitTrue(() -> this.catalogue.officerCall("olivia", reference).status() == CallState.SCHEDULED);
		assertThat(this.catalogue.officerCall("olivia", reference).reviewedBy()).isEqualTo("oscar");
	}

	@Test
	void anOfficerGoesFromHisHomeIntoTasklistDecidesWithTheCallInViewAndLogsOutOfBothAtOnce() throws Exception {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		// due soon, so that it heads oscar's home page however many tasks other tests
		// left
		this.taskService.setDueDate(
				this.taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(),
				Date.from(Instant.now().plus(Duration.ofHours(1))));

		Browser page = browser().logIn("oscar").visit("/");
		page.clickText("Review call for approval — " + reference);
		page.waitForText("Back to Opencall").clickText("Claim");
		page.waitForText("Total budget");
		assertThat(page.value("input[id*='Field_CallBudget']")).isEqualTo("€250,000");
		assertThat(page.value("input[id*='Field_CallMaximumGrant']")).isEqualTo("€50,000");
		assertThat(page.value("input[id*='Field_CallDeadline']")).endsWith("(Europe/Lisbon)");
		assertThat(page.value("textarea[id*='Field_CallCriteria']")).contains("threshold", "weight");
		assertThat(page.has("a[href='/officer/calls/" + reference + "']")).as("link to the call's page").isTrue();
		assertThat(page.pageText()).doesNotContain("What to change");

		page.clickText("Send back for revision").waitForText("What to change");
		page.clickText("Complete").waitForText("Field is required.");
		assertThat(this.catalogue.officerCall("oscar", reference).status()).isEqualTo(CallState.AWAITING_APPROVAL);

		// Tasklist's own note that the form was not sent, closed as a person would
		page.clickShown(".page-notifications .alert .close");

		page.clickText("Approve");
		assertThat(page.pageText()).doesNotContain("What to change");
		page.clickText("Complete").waitForText("The task is completed.");
		awaitTrue(() -> this.catalogue.officerCall("olivia", reference).status() == CallState.SCHEDULED);

		page.clickText("Back to Opencall").waitForPath("/");
		assertThat(page.pageText()).contains("Log out");
		page.visit("/camunda/app/tasklist/default/")
			.click("[cam-widget-header] li.account > a")
			.click("[cam-widget-header] li.logout > a");
		page.waitForPath("/login").waitForText("You are logged out.");
		page.visit("/officer/calls");
		assertThat(page.currentPath()).startsWith("/login");
	}

	@Test
	void anOfficerValidatesANeedInTasklist() throws Exception {
		String reference = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		Browser page = browser().logIn("olivia").visit("/camunda/app/tasklist/");
		completeFromGroupTasks(page, "Triage need — " + reference, "Validate");
		awaitTrue(() -> this.backlog.need("olivia", reference).status() == NeedState.VALIDATED);
	}

	@Test
	void anOfficerConfirmsEligibilityInTasklist() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = this.proposals.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());
		this.proposals.upload("alice", reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		this.proposals.upload("alice", reference, "budget", "budget.pdf", NeedFixtures.pdf());
		this.submitting.submit("alice", reference, null);
		this.fixtures.runAsyncJobs(reference);
		this.fixtures.fireNextTimer(reference);

		Browser page = browser().logIn("oscar").visit("/camunda/app/tasklist/");
		page.clickText("My group's tasks").clickText("Check admissibility — " + reference).clickText("Claim");
		page.waitForText("Finding of the eligibility rules");
		assertThat(page.value("textarea[id*='Field_Findings']")).isEqualTo("Eligible by the call's rules.");
		assertThat(page.has("a[href='/officer/submissions/" + reference + "']")).as("link to the proposal").isTrue();
		// confirming the rules' finding needs no reason; refusing needs one the applicant
		// reads
		page.clickText("Not eligible or not admissible").waitForText("Reason");
		page.clickText("Eligible and admissible");
		assertThat(page.pageText()).doesNotContain("Reason");
		page.clickText("Complete").waitForText("The task is completed.");
		awaitTrue(() -> this.submissions.submission("alice", reference).status() == SubmissionState.ELIGIBLE);
	}

	/**
	 * Opens the group filter, claims the newest task of that name, chooses and completes.
	 */
	private static void completeFromGroupTasks(Browser page, String taskName, String choice) {
		page.clickText("My group's tasks");
		page.clickText(taskName);
		page.clickText("Claim");
		page.waitForText(choice);
		page.clickText(choice);
		page.clickText("Complete");
		page.waitForText("Select a task in the list.");
	}

	/**
	 * The browser answers before the server has finished; wait for the completion to
	 * land.
	 */
	private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
		for (int attempt = 0; attempt < 50 && !condition.get(); attempt++) {
			Thread.sleep(200);
		}
		assertThat(condition.get()).isTrue();
	}

}
