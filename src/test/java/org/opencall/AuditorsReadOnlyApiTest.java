package org.opencall;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Auditors read every officer page and the officers' JSON reads across all programmes,
 * with how each call was prepared and reviewed, but are shown no form and can change
 * nothing, neither through the pages and the API nor by calling a use case. These pages
 * answered 403 to an auditor before.
 */
class AuditorsReadOnlyApiTest extends ApiTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	ProposalSubmitting submitting;

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallReview review;

	@Autowired
	NeedTriage triage;

	@Autowired
	ChallengeBuilding challenges;

	@Autowired
	EligibilityDecision eligibility;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anAuditorReadsTheCallsOfEveryProgrammeWithWhoPreparedThemButNoForm() {
		String founding = CallFixtures.newReference();
		this.api.post("olivia", "/api/calls", CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, founding));
		this.api.post("olivia", "/api/calls/" + founding + "/submission", null);
		String mirror = CallFixtures.newReference();
		this.api.post("otto", "/api/calls", CallFixtures.remoteMonitoringJson(CallFixtures.MIRROR, mirror));

		assertThat(page("/officer/calls")).contains(founding, mirror, "Calls of all programmes")
			.doesNotContain("id=\"new-call\"");
		String call = page("/officer/calls/" + founding);
		assertThat(call).contains("Awaiting approval", "Prepared by", "olivia")
			.doesNotContain("id=\"approve\"", "id=\"send-back\"", "id=\"edit-call\"", "id=\"submit-for-approval\"");
		assertThat(page("/officer/calls/" + mirror)).contains("Draft")
			.doesNotContain("id=\"edit-call\"", "id=\"submit-for-approval\"");
		assertThat(status("/officer/calls/" + mirror + "/edit")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(status("/officer/calls/new")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("aude", "/api/calls/" + founding).getBody())
			.containsEntry("status", "AWAITING_APPROVAL")
			.containsEntry("draftedBy", "olivia")
			.containsKey("preparedBy");

		assertThat(this.api
			.post("aude", "/api/calls",
					CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, CallFixtures.newReference()))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("aude", "/api/calls/" + founding + "/review", Map.of("decision", "APPROVE"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThatThrownBy(() -> this.review.review("aude", founding, ReviewDecision.APPROVE, null))
			.isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> this.drafting.draft("aude", CallFixtures.FOUNDING, CallFixtures.newReference(),
				CallFixtures.remoteMonitoring()))
			.isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> this.drafting.submitForApproval("aude", mirror))
			.isInstanceOf(ActionForbiddenException.class);
		assertThat(this.api.put("aude", "/api/calls/" + founding + "/followers", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("olivia", "/api/calls/" + founding).getBody()).containsEntry("status",
				"AWAITING_APPROVAL");
	}

	@Test
	void anAuditorReadsNeedsAndChallengesButNeitherTriagesNorBuildsChallenges() {
		String need = (String) this.api.post("nora", "/api/needs", NeedFixtures.heartFailureAtHomeJson())
			.getBody()
			.get("reference");
		assertThat(page("/officer/needs?status=SUBMITTED")).contains(need);
		assertThat(page("/officer/needs/" + need)).contains(NeedFixtures.heartFailureAtHome().title())
			.doesNotContain("id=\"record-triage\"");
		assertThat(
				this.api.post("aude", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThatThrownBy(() -> this.triage.triage("aude", need, new TriageInput("VALIDATE", null, null, null)))
			.isInstanceOf(ActionForbiddenException.class);

		this.api.post("olivia", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE"));
		String challenge = (String) this.api
			.post("olivia", "/api/challenges",
					Map.of("programme", CallFixtures.FOUNDING, "title", "Heart failure at home", "needs",
							List.of(need)))
			.getBody()
			.get("id");
		assertThat(this.api.get("aude", "/api/challenges/" + challenge).getBody()).containsEntry("createdBy", "olivia");
		assertThat(this.http.withBasicAuth("aude", "demo").getForObject("/api/challenges", List.class)).isNotEmpty();
		assertThat(page("/officer/challenges")).contains("Heart failure at home")
			.doesNotContain("id=\"create-challenge\"");
		assertThat(page("/officer/challenges/" + challenge)).contains(need).doesNotContain("id=\"attach\"");
		assertThat(this.api
			.post("aude", "/api/challenges",
					Map.of("programme", CallFixtures.FOUNDING, "title", "Mine", "needs", List.of(need)))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThatThrownBy(() -> this.challenges.group("aude", CallFixtures.FOUNDING, "Mine", null, List.of(need)))
			.isInstanceOf(ActionForbiddenException.class);
	}

	@Test
	void anAuditorReadsTheSubmittedProposalsOfACallButDecidesNothing() {
		CallView call = this.fixtures.openCall();
		String reference = this.proposals.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());
		this.proposals.upload("alice", reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		this.proposals.upload("alice", reference, "budget", "budget.pdf", NeedFixtures.pdf());
		this.submitting.submit("alice", reference, null);

		assertThat(page("/officer/submissions?call=" + call.reference())).contains(reference);
		assertThat(page("/officer/submissions/" + reference)).contains("CardioWatch home monitoring")
			.doesNotContain("id=\"decide\"");
		assertThat(this.http.withBasicAuth("aude", "demo")
			.getForObject("/api/submissions?call=" + call.reference(), List.class)).hasSize(1);
		ResponseEntity<Map<String, Object>> decided = this.api.post("aude",
				"/api/submissions/" + reference + "/eligibility", Map.of("eligible", true));
		assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThatThrownBy(() -> this.eligibility.decide("aude", reference, true, "fine"))
			.isInstanceOf(ActionForbiddenException.class);
	}

	private String page(String path) {
		ResponseEntity<String> page = session("aude").get(path);
		assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return page.getBody();
	}

	private HttpStatus status(String path) {
		return HttpStatus.valueOf(session("aude").get(path).getStatusCode().value());
	}

}
