package org.opencall.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After logging in, an applicant and a programme officer land on their own home page,
 * which lists their open work with the next step and leads to it; each page passes
 * axe-core and fits a phone's width.
 */
@OpencallTest
class HomePagesBrowserTest extends BrowserTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	CallDrafting drafting;

	@Autowired
	NeedSubmission needs;

	@Test
	void anApplicantLandsOnHerProposalsWithTheirNextStepAndTheOpenCalls() throws Exception {
		CallView call = this.fixtures.openCall();
		String draft = this.proposals.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());

		Browser page = browser().logIn("alice");

		assertThat(page.currentPath()).isEqualTo("/");
		assertThat(page.text("#our-proposals h2")).startsWith("Our proposals (");
		assertThat(page.text("#our-proposals")).contains(draft + " · CardioWatch home monitoring")
			.contains("Draft, not submitted")
			.contains("(Europe/Lisbon), in ")
			.contains("Next: Upload the technical proposal and the budget, then submit");
		// the nearest deadlines come first; calls other tests opened may come before this
		// one
		assertThat(page.text("#open-calls")).startsWith("Open calls you could apply to (")
			.contains(" · " + call.title())
			.contains("Open for submissions");
		page.atPhoneWidth("home-alice");

		page.clickText(draft + " · CardioWatch home monitoring");
		assertThat(page.currentPath()).isEqualTo("/submissions/" + draft);
	}

	@Test
	void anOfficerLandsOnTheNeedsToTriageAndTheCallsAwaitingHerReview() throws Exception {
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		String call = CallFixtures.newReference();
		this.drafting.draft("oscar", CallFixtures.FOUNDING, call, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("oscar", call);

		Browser page = browser().logIn("olivia");

		assertThat(page.currentPath()).isEqualTo("/");
		assertThat(page.text("#needs-to-triage")).contains(need + " · ").contains("Waiting for triage");
		assertThat(page.text("#programme-calls")).contains(call + " · Remote monitoring of chronic patients")
			.contains("Awaiting approval")
			.contains("Next: Review it: approve it or send it back");
		assertThat(page.text("#eligibility-checks")).isNotBlank();
		page.atPhoneWidth("home-olivia");

		page.clickText(call + " · Remote monitoring of chronic patients");
		assertThat(page.currentPath()).isEqualTo("/officer/calls/" + call);
	}

}
