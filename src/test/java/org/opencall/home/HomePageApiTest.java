package org.opencall.home;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencall.ApiTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageApiTest extends ApiTest {

	@Autowired
	CallDrafting drafting;

	@Autowired
	TaskService tasks;

	@Autowired
	SubmissionFixtures submissions;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	NeedSubmission needs;

	@Autowired
	NeedTriage triage;

	@Autowired
	ChallengeBuilding challenges;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aVisitorSeesWhatOpencallIsAndHowToLogIn() {
		ResponseEntity<String> home = anonymousSession().get("/");

		assertThat(home.getStatusCode().value()).isEqualTo(200);
		assertThat(home.getBody()).contains("Browse open and upcoming calls").contains("href=\"/login\"");
	}

	@Test
	void anOfficerFindsACallWaitingForReviewAmongTheirTasksWithALinkIntoTasklist() {
		int before = openTaskCount(session("oscar").get("/").getBody());
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		String taskId = this.tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

		String home = session("oscar").get("/").getBody();

		// the oldest work comes first, so the new review may be past the first screenful
		assertThat(openTaskCount(home)).isEqualTo(before + 1);
		assertThat(home).contains("id=\"my-tasks\"");
		if (before < 10) {
			assertThat(home).contains("— " + reference)
				.contains("href=\"/camunda/app/tasklist/default/#/?task=" + taskId + "\"");
		}
		assertThat(home).containsPattern("href=\"/camunda/app/tasklist/default/#/\\?task=[0-9a-f-]+\"");
		assertThat(home).contains("Open it in Tasklist and claim it");
	}

	@Test
	void aTaskAnOfficerClaimsStaysAmongTheirTasksAsAssignedToThem() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		String taskId = this.tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
		int offered = openTaskCount(session("oscar").get("/").getBody());

		this.tasks.claim(taskId, "oscar");
		try {
			String home = session("oscar").get("/").getBody();

			// counted once, now among the tasks assigned to oscar rather than the group's
			assertThat(openTaskCount(home)).isEqualTo(offered);
			assertThat(home).contains("Assigned to you").contains("Open it in Tasklist and complete it");
		}
		finally {
			this.tasks.setAssignee(taskId, null);
		}
	}

	private static int openTaskCount(String home) {
		Matcher count = Pattern.compile("Your tasks \\((\\d+)\\)").matcher(home);
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	@Test
	void anAuditorIsToldWhyNoTaskIsEverTheirs() {
		String home = session("aude").get("/").getBody();

		assertThat(home).contains("Nothing waits for you in Tasklist.")
			.contains("Auditors read everything and change nothing");
	}

	@Test
	void anApplicantSeesHerDraftWithItsDeadlineInTheCallsTimeZoneAndWhatItStillLacks() {
		CallView call = this.submissions.openCall();
		String draft = this.proposals.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());

		String home = session("alice").get("/").getBody();

		String item = itemOf(panelOf(home, "our-proposals"), "/submissions/" + draft);
		assertThat(item).contains(draft + " · CardioWatch home monitoring")
			.contains("Draft, not submitted")
			.contains("Call " + call.reference())
			.containsPattern("Deadline \\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d \\(Europe/Lisbon\\), in (29|30) days")
			.contains("Next: Upload the technical proposal and the budget, then submit");

		this.proposals.upload("alice", draft, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		item = itemOf(panelOf(session("alice").get("/").getBody(), "our-proposals"), "/submissions/" + draft);
		assertThat(item).contains("Next: Upload the budget and submit");
	}

	@Test
	void anApplicantIsToldASubmittedProposalMayBeResubmittedAndFindsTheOpenCallsSheMayApplyTo() {
		CallView call = this.submissions.openCall();
		String submitted = this.submissions.submitted("alice", call);

		String home = session("alice").get("/").getBody();

		assertThat(itemOf(panelOf(home, "our-proposals"), "/submissions/" + submitted)).contains("Submitted")
			.contains("Version 1 submitted")
			.contains("Next: Submitted — you may resubmit until the deadline, or withdraw it");
		itemIfListed(panelOf(home, "open-calls"), "/calls/" + call.reference())
			.ifPresent((item) -> assertThat(item).contains("Open for submissions")
				.contains("Grants up to €50,000")
				.contains("Your organisation has a proposal to this call"));
	}

	@Test
	void anApplicantNeverSeesAnotherOrganisationsProposals() {
		CallView call = this.submissions.openCall();
		String alices = this.proposals.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());

		String bobs = session("bob").get("/").getBody();

		assertThat(bobs).contains("id=\"our-proposals\"").doesNotContain(alices);
		itemIfListed(panelOf(bobs, "open-calls"), "/calls/" + call.reference())
			.ifPresent((item) -> assertThat(item).contains("Next: Write a proposal before the deadline")
				.contains("href=\"/submissions/new?call=" + call.reference() + "\""));
	}

	@Test
	void anOfficerSeesANeedToTriageAndACallAwaitingHerReviewAndTheirPreparerIsToldToWait() {
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		String call = CallFixtures.newReference();
		this.drafting.draft("oscar", CallFixtures.FOUNDING, call, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("oscar", call);

		String olivias = session("olivia").get("/").getBody();

		assertThat(itemOf(panelOf(olivias, "needs-to-triage"), "/officer/needs/" + need)).contains("Waiting for triage")
			.contains("Next: Triage it");
		assertThat(itemOf(panelOf(olivias, "programme-calls"), "/officer/calls/" + call)).contains("Awaiting approval")
			.contains("HealthChain")
			.containsPattern("Deadline .* \\(Europe/Lisbon\\), in \\d+ days")
			.contains("Next: Review it: approve it or send it back");
		assertThat(itemOf(panelOf(session("oscar").get("/").getBody(), "programme-calls"), "/officer/calls/" + call))
			.contains("Next: Nothing for you: a second officer of the programme approves it");
	}

	@Test
	void anOfficerNeverSeesTheCallsOrEligibilityChecksOfAnotherProgramme() {
		CallView call = this.submissions.openCall();
		String submitted = this.submissions.submitted("alice", call);
		this.submissions.runAsyncJobs(submitted);
		this.submissions.fireNextTimer(call.reference());
		this.submissions.fireNextTimer(submitted);

		String olivias = session("olivia").get("/").getBody();
		String ottos = session("otto").get("/").getBody();

		assertThat(itemOf(panelOf(olivias, "eligibility-checks"), "/officer/submissions/" + submitted))
			.contains("CardioWatch home monitoring")
			.contains("MedSense (PT)")
			.contains("The eligibility rules found no reason to exclude it")
			.contains("Next: Confirm its admissibility");
		// calls waiting for approval come first: drafts other tests left may fill the
		// first
		// screenful, and then this closed call is counted but not listed
		String calls = panelOf(olivias, "programme-calls");
		if (calls.contains("href=\"/officer/calls/" + call.reference() + "\"")) {
			assertThat(itemOf(calls, "/officer/calls/" + call.reference())).contains("Closed")
				.contains("1 proposal submitted")
				.contains("1 eligibility check due")
				.contains("Next: Check the eligibility of 1 proposal");
		}
		else {
			assertThat(calls).contains("All ");
		}
		assertThat(ottos).contains("id=\"programme-calls\"")
			.contains("id=\"eligibility-checks\"")
			.doesNotContain(call.reference())
			.doesNotContain(submitted);
	}

	@Test
	void aNeedOwnerSeesHerNeedWithItsStatusAndItsTraceToAChallenge() {
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());

		String item = itemOf(panelOf(session("nora").get("/").getBody(), "our-needs"), "/needs/" + need);
		assertThat(item).contains("Waiting for triage").contains("Stated by nora").contains("Next: None for now");

		this.triage.triage("olivia", need, new TriageInput("VALIDATE", null, null, null));
		this.challenges.group("olivia", CallFixtures.FOUNDING, "Heart failure at home", "Detect it early.",
				List.of(need));

		item = itemOf(panelOf(session("nora").get("/").getBody(), "our-needs"), "/needs/" + need);
		assertThat(item).contains("Validated").contains("Challenge “Heart failure at home” → no call yet");
		assertThat(session("alice").get("/").getBody()).doesNotContain("id=\"our-needs\"").doesNotContain(need);
	}

	@Test
	void anAuditorSeesCallsAndProposalsToInspectWithTheirHistory() {
		CallView call = this.submissions.openCall();
		String submitted = this.submissions.submitted("alice", call);

		String home = session("aude").get("/").getBody();

		itemIfListed(panelOf(home, "calls-to-inspect"), "/officer/calls/" + call.reference())
			.ifPresent((item) -> assertThat(item).contains("Open for submissions")
				.contains("Prepared by olivia; reviewed by oscar")
				.contains("href=\"/audit/calls/" + call.reference() + "\"")
				.doesNotContain("Next:"));
		assertThat(itemOf(panelOf(home, "proposals-to-inspect"), "/officer/submissions/" + submitted))
			.contains("CardioWatch home monitoring")
			.contains("Version 1 submitted")
			.contains("href=\"/audit/submissions/" + submitted + "\"");
		// auditors change nothing: their home offers no form
		assertThat(home.substring(home.indexOf("<main"))).doesNotContain("<form");
	}

	@Test
	void anEvaluatorFindsTheirInvitationsAndEvaluationsOrIsToldPlainlyWhereTheyWillAppear() {
		String home = session("eva").get("/").getBody();

		String panel = panelOf(home, "my-evaluations");
		assertThat(panel).contains("Your evaluations").contains("href=\"/experts/me\"");
		if (!panel.contains("<li")) {
			assertThat(panel).contains("No invitation or assignment waits for you");
		}
		assertThat(home).doesNotContain("id=\"our-proposals\"").doesNotContain("id=\"programme-calls\"");
	}

	/** The markup of one panel of a home page. */
	private static String panelOf(String home, String id) {
		int start = home.indexOf("id=\"" + id + "\"");
		assertThat(start).as("panel " + id).isNotNegative();
		int end = home.indexOf("</section>", start);
		return home.substring(start, end);
	}

	/** The markup of the item of a panel that links to this page. */
	/**
	 * The item linking there, when the panel lists it; calls that other tests of the same
	 * run left may fill the first screenful, and then the panel must say it lists more
	 * than it shows.
	 */
	private static java.util.Optional<String> itemIfListed(String panel, String href) {
		if (panel.contains("href=\"" + href + "\"")) {
			return java.util.Optional.of(itemOf(panel, href));
		}
		Matcher count = Pattern.compile("\\((\\d+)\\)</h2>").matcher(panel);
		assertThat(count.find() && Integer.parseInt(count.group(1)) > 10).as("%s listed in %s", href, panel).isTrue();
		return java.util.Optional.empty();
	}

	private static String itemOf(String panel, String href) {
		int link = panel.indexOf("href=\"" + href + "\"");
		assertThat(link).as("item linking to " + href + " in " + panel).isNotNegative();
		int start = panel.lastIndexOf("<li", link);
		int end = panel.indexOf("</li>", link);
		return panel.substring(start, end);
	}

	private org.opencall.PageSession anonymousSession() {
		return org.opencall.PageSession.anonymous(this.port);
	}

}
