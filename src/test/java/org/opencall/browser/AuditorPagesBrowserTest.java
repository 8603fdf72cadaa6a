package org.opencall.browser;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor reads the officers' pages in headless Chromium: the calls of every
 * programme, one call with who prepared it, the needs backlog, a call's submissions; no
 * page offers her an action.
 */
@OpencallTest
class AuditorPagesBrowserTest extends BrowserTest {

	private static final String[] ACTIONS = { "#new-call", "#edit-call", "#submit-for-approval", "#approve",
			"#send-back", "#record-triage", "#create-challenge", "#attach", "#decide" };

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	ProposalSubmitting submitting;

	@Autowired
	NeedSubmission needs;

	@Test
	void anAuditorReadsCallsNeedsAndSubmissionsAndIsOfferedNoAction() throws Exception {
		CallView call = this.fixtures.openCall();
		String proposal = this.proposals.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());
		this.proposals.upload("alice", proposal, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		this.proposals.upload("alice", proposal, "budget", "budget.pdf", NeedFixtures.pdf());
		this.submitting.submit("alice", proposal, null);
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), java.util.List.of());

		Browser page = browser().logIn("aude").visit("/officer/calls");
		assertThat(page.text("h1")).isEqualTo("Calls of all programmes");
		assertThat(page.text("#officer-calls")).contains(call.reference());
		assertNoAction(page);

		page.clickText(call.reference());
		assertThat(page.text("h1")).startsWith(call.reference());
		assertThat(page.pageText()).contains("Prepared by")
			.contains("olivia")
			.contains("Reviewed by")
			.contains("oscar");
		assertNoAction(page);

		page.visit("/officer/needs?status=SUBMITTED");
		assertThat(page.text("#backlog")).contains(need);
		page.clickText(need + " — " + NeedFixtures.heartFailureAtHome().title());
		assertThat(page.text("#need-status")).isEqualTo("Waiting for triage");
		assertNoAction(page);

		page.visit("/officer/submissions?call=" + call.reference());
		assertThat(page.text("#call-submissions")).contains(proposal);
		page.clickText(proposal + " — CardioWatch home monitoring");
		assertThat(page.text("#submission-status")).isEqualTo("Submitted");
		assertNoAction(page);
		page.click("#submission-history");
		assertThat(page.text("h1")).isEqualTo("History of proposal " + proposal);
		assertThat(page.has("#timeline")).isTrue();
		assertNoAction(page);

		page.visit("/officer/challenges");
		assertNoAction(page);
	}

	private static void assertNoAction(Browser page) {
		for (String action : ACTIONS) {
			assertThat(page.has(action)).as(action + " on " + page.currentPath()).isFalse();
		}
	}

}
