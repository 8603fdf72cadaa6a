package org.opencall.calls.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.opencall.calls.domain.CallEvents.CallEvaluated;
import org.opencall.calls.domain.CallEvents.CallEvaluationStarted;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTest {

	private static final Instant BEFORE_OPENING = Instant.parse("2027-01-10T10:00:00Z");

	static Call draftedByOlivia() {
		return Call.draft("HC-2027-01", "healthchain-founding", CallTerms.of(CallTermsTest.draft()), "olivia");
	}

	static Call awaitingApproval() {
		Call call = draftedByOlivia();
		call.submitForApproval("olivia", BEFORE_OPENING);
		return call;
	}

	@Test
	void aDraftIsNotPublicAndCanBeEdited() {
		Call call = draftedByOlivia();
		assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
		assertThat(call.status().isPublic()).isFalse();
		assertThat(call.isPreparedBy("olivia")).isTrue();
	}

	@Test
	void refusesAMalformedReference() {
		assertThatThrownBy(() -> Call.draft("hc 1", "p", CallTerms.of(CallTermsTest.draft()), "olivia"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reference");
	}

	@Test
	void theOfficerWhoPreparedACallCannotApproveIt() {
		Call call = awaitingApproval();
		assertThatThrownBy(() -> call.approve("olivia", BEFORE_OPENING)).isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("Four-eyes");
		assertThat(call.status()).isEqualTo(CallStatus.AWAITING_APPROVAL);
	}

	@Test
	void anOfficerWhoRevisedACallCannotApproveIt() {
		Call call = draftedByOlivia();
		call.revise(CallTerms.of(CallTermsTest.draft()), "oscar");
		call.submitForApproval("olivia", BEFORE_OPENING);
		assertThatThrownBy(() -> call.approve("oscar", BEFORE_OPENING)).isInstanceOf(ActionForbiddenException.class);
	}

	@Test
	void aSecondOfficerApprovesAndTheCallIsScheduled() {
		Call call = awaitingApproval();
		assertThat(call.approve("oscar", BEFORE_OPENING).approver()).isEqualTo("oscar");
		assertThat(call.status()).isEqualTo(CallStatus.SCHEDULED);
		assertThat(call.status().isPublic()).isTrue();
	}

	@Test
	void approvalIsRefusedWhenTheOpeningHasPassed() {
		Call call = awaitingApproval();
		Instant afterOpening = call.terms().opensAt().plus(1, ChronoUnit.MINUTES);
		assertThatThrownBy(() -> call.approve("oscar", afterOpening)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("opening");
		assertThat(call.status()).isEqualTo(CallStatus.AWAITING_APPROVAL);
	}

	@Test
	void sendingBackNeedsACommentAndReopensTheDraft() {
		Call call = awaitingApproval();
		assertThatThrownBy(() -> call.sendBack("oscar", " ")).isInstanceOf(InvalidInputException.class);
		call.sendBack("oscar", "Budget too high");
		assertThat(call.status()).isEqualTo(CallStatus.SENT_BACK);
		assertThat(call.reviewComment()).isEqualTo("Budget too high");
		assertThat(call.status().isEditable()).isTrue();
	}

	@Test
	void aCallThatIsNotAwaitingApprovalCannotBeApproved() {
		Call call = draftedByOlivia();
		assertThatThrownBy(() -> call.approve("oscar", BEFORE_OPENING)).isInstanceOf(StateConflictException.class);
		assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
	}

	@Test
	void aScheduledCallOpensThenCloses() {
		Call call = awaitingApproval();
		call.approve("oscar", BEFORE_OPENING);
		call.publish(call.terms().opensAt());
		assertThat(call.status()).isEqualTo(CallStatus.OPEN);
		call.close(call.terms().deadline());
		assertThat(call.status()).isEqualTo(CallStatus.CLOSED);
		assertThat(call.closedAt()).isEqualTo(call.terms().deadline());
	}

	@Test
	void aClosedCallGoesIntoEvaluationThenWaitsForSelectionAndStaysPublic() {
		Call call = awaitingApproval();
		call.approve("oscar", BEFORE_OPENING);
		call.publish(call.terms().opensAt());
		assertThatThrownBy(() -> call.startEvaluation("olivia")).isInstanceOf(StateConflictException.class);
		call.close(call.terms().deadline());

		assertThatThrownBy(call::evaluationsComplete).isInstanceOf(StateConflictException.class);
		assertThat(call.startEvaluation("olivia")).isEqualTo(new CallEvaluationStarted(call.reference(), "olivia"));
		assertThat(call.status()).isEqualTo(CallStatus.IN_EVALUATION);
		assertThatThrownBy(() -> call.startEvaluation("oscar")).as("the assignment is confirmed once")
			.isInstanceOf(StateConflictException.class);

		assertThat(call.evaluationsComplete()).isEqualTo(new CallEvaluated(call.reference()));
		assertThat(call.status()).isEqualTo(CallStatus.EVALUATED);
		assertThat(call.status().isPublic()).isTrue();
		assertThat(call.status().isEditable()).isFalse();
	}

	@Test
	void aCallWithoutChallengeCannotGoForApproval() {
		TermsDraft d = CallTermsTest.draft();
		Call call = Call.draft("HC-2027-02", "healthchain-founding",
				CallTerms.of(new TermsDraft(d.title(), d.description(), java.util.List.of(), d.totalBudget(),
						d.maxGrant(), d.currency(), d.opening(), d.deadline(), d.timeZone(), null, null, null)),
				"olivia");
		assertThatThrownBy(() -> call.submitForApproval("olivia", BEFORE_OPENING))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("challenges");
		assertThat(call.status()).isEqualTo(CallStatus.DRAFT);
	}

	@Test
	void aChallengeBuiltFromNeedsKeepsItsNeedsWhenTheCallIsRevisedAndIsDetachedWhenLeftOut() {
		Call call = draftedByOlivia();
		java.util.UUID id = java.util.UUID.randomUUID();
		call.attachChallenge(CallChallenge.fromNeeds("Falls at night", "", id, java.util.List
			.of(new NeedSnapshot("N-00001", "Falls", "Long-term care", "HIGH", null, null, null, null, null, null))),
				"olivia");
		CallTerms current = call.terms();
		java.util.List<CallChallenge> edited = current.challenges()
			.stream()
			.map((c) -> new CallChallenge(c.title() + " (edited)", c.description(), c.challengeId(), null))
			.toList();
		assertThat(call.revise(current.withChallenges(edited), "oscar")).isEmpty();
		assertThat(call.terms().challenges().get(1).needs().list()).hasSize(1);
		assertThat(call.revise(current.withChallenges(java.util.List.of(current.challenges().get(0))), "oscar"))
			.containsExactly(id);
	}

	@Test
	void aPublishedCallCanNoLongerBeEdited() {
		Call call = awaitingApproval();
		call.approve("oscar", BEFORE_OPENING);
		assertThatThrownBy(() -> call.revise(CallTerms.of(CallTermsTest.draft()), "olivia"))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aNewDraftCannotClaimAChallengeBuiltFromNeeds() {
		TermsDraft d = CallTermsTest.draft();
		TermsDraft claiming = new TermsDraft(d.title(), d.description(),
				java.util.List.of(new CallChallenge("Invented", "", java.util.UUID.randomUUID(), null)),
				d.totalBudget(), d.maxGrant(), d.currency(), d.opening(), d.deadline(), d.timeZone(), null, null, null);
		assertThatThrownBy(() -> Call.draft("HC-2027-03", "healthchain-founding", CallTerms.of(claiming), "olivia"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting(org.opencall.platform.FieldViolation::field)
						.containsExactly("challenges[0].challengeId"));
	}

	@Test
	void needsSentWithADraftOrARevisionAreNotKept() {
		NeedSnapshot invented = new NeedSnapshot("N-99999", "Invented need", "Home care", "HIGH",
				"Coimbra University Hospital", null, null, null, null, null);
		TermsDraft d = CallTermsTest.draft();
		TermsDraft withNeeds = new TermsDraft(d.title(), d.description(),
				java.util.List.of(CallChallenge.fromNeeds("Heart failure", "", null, java.util.List.of(invented))),
				d.totalBudget(), d.maxGrant(), d.currency(), d.opening(), d.deadline(), d.timeZone(), null, null, null);
		Call call = Call.draft("HC-2027-04", "healthchain-founding", CallTerms.of(withNeeds), "olivia");
		assertThat(call.terms().challenges()).singleElement().satisfies((c) -> assertThat(c.needs().list()).isEmpty());
		call.revise(call.terms().withChallenges(withNeeds.challenges()), "olivia");
		assertThat(call.terms().challenges()).singleElement().satisfies((c) -> assertThat(c.needs().list()).isEmpty());
	}

}
