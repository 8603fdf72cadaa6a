package org.opencall.submissions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.Sha256;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionTest {

	private static final String CALL = "HC-2027-01";

	private static final String REFERENCE = "S-2027-00001";

	private static final UUID MEDSENSE = UUID.fromString("5e0c7a3e-3a1f-4d6b-9a57-0b8e2f1d2c01");

	private static final Instant OPENS = Instant.parse("2027-02-01T09:00:00Z");

	private static final Instant DEADLINE = Instant.parse("2027-04-01T16:00:00Z");

	private static final Instant DURING = Instant.parse("2027-03-10T10:00:00Z");

	private static final Set<String> MANDATORY = Set.of("technical-proposal", "budget");

	private static final CallRules RULES = new CallRules(new BigDecimal("50000"), "EUR", 5, 8, Set.of("PT", "SE"),
			Map.of("SME", "SME", "START_UP", "Start-up"));

	private static final ApplyingOrganisation MEDSENSE_SME = new ApplyingOrganisation("MedSense", "PT", "SME", "SME");

	static SubmissionWindow openCall() {
		return new SubmissionWindow(CALL, true, OPENS, DEADLINE, List.of("Heart failure at home", "Falls at night"),
				RULES);
	}

	static ProposalContent homeMonitoring() {
		return new ProposalContent("Heart failure at home", "CardioWatch home monitoring", "CARDIOWATCH",
				"Wearable sensors and a triage dashboard for heart-failure nurses.", new BigDecimal("48000"), 6,
				"Two engineers and a cardiologist", "Coimbra University Hospital", Set.of(Declaration.values()));
	}

	static ProposalContent homeMonitoringAsking(String amount) {
		ProposalContent p = homeMonitoring();
		return new ProposalContent(p.challenge(), p.title(), p.acronym(), p.summary(), new BigDecimal(amount), p.trl(),
				p.team(), p.partners(), p.declarations());
	}

	static ProposalContent homeMonitoringFor(String challenge) {
		ProposalContent p = homeMonitoring();
		return new ProposalContent(challenge, p.title(), p.acronym(), p.summary(), p.requestedAmount(), p.trl(),
				p.team(), p.partners(), p.declarations());
	}

	static ProposalContent titleOnly() {
		return new ProposalContent(null, "CardioWatch", null, null, null, null, null, null, null);
	}

	static SubmissionDocument document(String type, String content) {
		return new SubmissionDocument(UUID.randomUUID(), type, type + ".pdf", content.length(), Sha256.hex(content));
	}

	static Submission draftOfAlice() {
		return Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", homeMonitoring(), DURING);
	}

	static Submission readyToSubmit() {
		Submission submission = draftOfAlice();
		submission.addDocument(document("technical-proposal", "proposal v1"), openCall(), DURING);
		submission.addDocument(document("budget", "budget v1"), openCall(), DURING);
		return submission;
	}

	static Submission submitted() {
		Submission submission = readyToSubmit();
		submission.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING);
		return submission;
	}

	static Submission foundIneligibleByTheTable() {
		Submission submission = submitted();
		submission.recordRuleFindings(List.of("The technology readiness level is above the call's range."));
		return submission;
	}

	static Submission foundEligibleByTheTable() {
		Submission submission = submitted();
		submission.recordRuleFindings(List.of());
		return submission;
	}

	@Test
	void aDraftBelongsToItsCallAndApplicantAndIsNotSubmitted() {
		Submission draft = draftOfAlice();

		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(draft.reference()).isEqualTo(REFERENCE);
		assertThat(draft.callReference()).isEqualTo(CALL);
		assertThat(draft.organisationId()).isEqualTo(MEDSENSE);
		assertThat(draft.applicant()).isEqualTo("alice");
		assertThat(draft.submittedVersion()).isZero();
		assertThat(draft.documents()).isEmpty();
		assertThat(draft.ineligibilityReasons()).isEmpty();
		assertThat(draft.decidedBy()).isNull();
	}

	@Test
	void aDraftMayBeIncompleteButNotMalformed() {
		assertThat(Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", titleOnly(), DURING).content())
			.isEqualTo(titleOnly());

		ProposalContent p = homeMonitoring();
		ProposalContent trlOutOfScale = new ProposalContent(p.challenge(), p.title(), p.acronym(), p.summary(),
				p.requestedAmount(), 12, p.team(), p.partners(), p.declarations());
		assertThatThrownBy(() -> Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", trlOutOfScale, DURING))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations())
				.containsExactly(new FieldViolation("trl", "must be between 1 and 9")));
	}

	@Test
	void aDraftMayAskMoreThanTheMaximumGrantUntilItIsSubmitted() {
		Submission draft = Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", homeMonitoringAsking("60000"),
				DURING);

		assertThat(draft.content().requestedAmount()).isEqualByComparingTo("60000");
	}

	@Test
	void aDraftForAChallengeTheCallDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice",
				homeMonitoringFor("Loneliness of the elderly"), DURING))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations())
				.containsExactly(new FieldViolation("challenge", "is not a challenge of call " + CALL)));
	}

	@Test
	void noDraftIsStartedBeforeTheCallOpensAfterItsDeadlineOrForAnUnpublishedCall() {
		SubmissionWindow unpublished = new SubmissionWindow(CALL, false, OPENS, DEADLINE, openCall().challenges(),
				RULES);

		assertThatThrownBy(() -> Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", homeMonitoring(),
				OPENS.minusSeconds(1)))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("not open for submissions");
		assertThatThrownBy(() -> Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", homeMonitoring(), DEADLINE))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("deadline");
		assertThatThrownBy(() -> Submission.draft(REFERENCE, unpublished, MEDSENSE, "alice", homeMonitoring(), DURING))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("not open for submissions");
	}

	@Test
	void editingReplacesTheContentOfTheDraft() {
		Submission draft = draftOfAlice();

		draft.edit(homeMonitoringAsking("45000"), openCall(), DURING);

		assertThat(draft.content().requestedAmount()).isEqualByComparingTo("45000");
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void aRefusedEditLeavesTheContentAsItWas() {
		Submission draft = draftOfAlice();

		assertThatThrownBy(() -> draft.edit(homeMonitoringFor("Loneliness of the elderly"), openCall(), DURING))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> draft.edit(homeMonitoringAsking("-1"), openCall(), DURING))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("requestedAmount");
		assertThatThrownBy(() -> draft.edit(homeMonitoringAsking("45000"), openCall(), DEADLINE))
			.isInstanceOf(StateConflictException.class);

		assertThat(draft.content()).isEqualTo(homeMonitoring());
	}

	@Test
	void aDocumentReplacesTheEarlierOneOfTheSameType() {
		Submission draft = draftOfAlice();
		SubmissionDocument firstProposal = document("technical-proposal", "proposal v1");
		SubmissionDocument budget = document("budget", "budget v1");
		SubmissionDocument secondProposal = document("technical-proposal", "proposal v2");

		draft.addDocument(firstProposal, openCall(), DURING);
		draft.addDocument(budget, openCall(), DURING);
		draft.addDocument(secondProposal, openCall(), DURING);

		assertThat(draft.documents()).containsExactlyInAnyOrder(budget, secondProposal);
	}

	@Test
	void noDocumentIsAddedAfterTheDeadline() {
		Submission draft = draftOfAlice();

		assertThatThrownBy(() -> draft.addDocument(document("budget", "late"), openCall(), DEADLINE))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("deadline");
		assertThat(draft.documents()).isEmpty();
	}

	@Test
	void submittingGivesAReceiptOfTheFirstVersionAtTheServerTimeWithTheContentHash() {
		Submission submission = readyToSubmit();

		Receipt receipt = submission.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING).receipt();

		assertThat(receipt)
			.isEqualTo(new Receipt("R-" + REFERENCE + "-1", REFERENCE, 1, DURING, submission.contentHash()));
		assertThat(receipt.contentHash()).matches("[0-9a-f]{64}");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.submittedVersion()).isEqualTo(1);
	}

	@Test
	void resubmittingMakesANewVersionWithItsOwnReceiptAndHash() {
		Submission submission = submitted();
		String firstHash = submission.contentHash();
		submission.edit(homeMonitoringAsking("45000"), openCall(), DURING);
		Instant later = DURING.plusSeconds(3600);

		Receipt receipt = submission.submit(openCall(), MANDATORY, MEDSENSE_SME, later).receipt();

		assertThat(receipt.receiptNumber()).isEqualTo("R-" + REFERENCE + "-2");
		assertThat(receipt.version()).isEqualTo(2);
		assertThat(receipt.submittedAt()).isEqualTo(later);
		assertThat(receipt.contentHash()).isNotEqualTo(firstHash);
		assertThat(submission.submittedVersion()).isEqualTo(2);
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void theContentHashFollowsTheContentAndTheDocumentsNotTheOrderTheyCameIn() {
		Submission one = readyToSubmit();
		Submission other = draftOfAlice();
		other.addDocument(document("budget", "budget v1"), openCall(), DURING);
		other.addDocument(document("technical-proposal", "proposal v1"), openCall(), DURING);
		assertThat(other.contentHash()).isEqualTo(one.contentHash());

		other.edit(homeMonitoringAsking("48000.00"), openCall(), DURING);
		assertThat(other.contentHash()).as("the same amount written otherwise").isEqualTo(one.contentHash());

		other.addDocument(document("budget", "budget v2"), openCall(), DURING);
		assertThat(other.contentHash()).as("another budget").isNotEqualTo(one.contentHash());

		Submission retitled = readyToSubmit();
		ProposalContent p = homeMonitoring();
		retitled.edit(new ProposalContent(p.challenge(), "CardioWatch 2", p.acronym(), p.summary(), p.requestedAmount(),
				p.trl(), p.team(), p.partners(), p.declarations()), openCall(), DURING);
		assertThat(retitled.contentHash()).as("another title").isNotEqualTo(one.contentHash());
	}

	@Test
	void submittingWithoutTheMandatoryDocumentsNamesEachMissingType() {
		Submission draft = draftOfAlice();

		assertThatThrownBy(() -> draft.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.violations()).containsExactly(
						new FieldViolation("documents.budget", "the mandatory document is missing"),
						new FieldViolation("documents.technical-proposal", "the mandatory document is missing")));
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(draft.submittedVersion()).isZero();
	}

	@Test
	void submittingAnIncompleteProposalNamesEveryMissingFieldAndDeclaration() {
		Submission draft = Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice", titleOnly(), DURING);
		draft.addDocument(document("technical-proposal", "proposal v1"), openCall(), DURING);
		draft.addDocument(document("budget", "budget v1"), openCall(), DURING);

		assertThatThrownBy(() -> draft.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.violations()).extracting(FieldViolation::field)
					.contains("challenge", "acronym", "summary", "team", "requestedAmount", "trl")
					.doesNotContain("title", "partners");
				assertThat(ex.violations()).filteredOn((v) -> v.field().equals("declarations"))
					.extracting(FieldViolation::reason)
					.containsExactly("must all be made before submitting; " + Declaration.values().length + " of "
							+ Declaration.values().length + " are not made yet");
			});
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void anAmountAboveTheCallsMaximumGrantIsRefusedAtSubmission() {
		Submission draft = readyToSubmit();
		draft.edit(homeMonitoringAsking("50000.01"), openCall(), DURING);

		assertThatThrownBy(() -> draft.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations()).containsExactly(
					new FieldViolation("requestedAmount", "must not exceed the call's maximum grant of €50,000")));
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);

		draft.edit(homeMonitoringAsking("50000"), openCall(), DURING);
		assertThat(draft.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING).receipt().version()).isEqualTo(1);
	}

	@Test
	void aTrlOutsideTheCallsRangeIsSavedAsADraftButRefusedAtSubmission() {
		Submission draft = readyToSubmit();
		ProposalContent p = homeMonitoring();
		draft.edit(new ProposalContent(p.challenge(), p.title(), p.acronym(), p.summary(), p.requestedAmount(), 3,
				p.team(), p.partners(), p.declarations()), openCall(), DURING);

		assertThat(draft.againstCallRules(openCall(), MEDSENSE_SME))
			.containsExactly(new FieldViolation("trl", "must be between 5 and 8 for this call (it is 3)"));
		assertThatThrownBy(() -> draft.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations())
				.containsExactly(new FieldViolation("trl", "must be between 5 and 8 for this call (it is 3)")));
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void anOrganisationOfAnotherCountryOrKindIsToldWhileDraftingAndRefusedAtSubmission() {
		Submission draft = readyToSubmit();
		ApplyingOrganisation spanishCorporation = new ApplyingOrganisation("BigMed", "ES", "LARGE_COMPANY",
				"Large company");

		assertThat(draft.againstCallRules(openCall(), spanishCorporation)).extracting(FieldViolation::reason)
			.containsExactly(
					"BigMed is registered in Spain (ES); this call takes organisations from Portugal (PT),"
							+ " Sweden (SE) only",
					"BigMed is registered as Large company; this call takes only SME, Start-up");
		assertThatThrownBy(() -> draft.submit(openCall(), MANDATORY, spanishCorporation, DURING))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
						.containsExactly("organisation", "organisation"));
	}

	@Test
	void whatKeepsADraftFromBeingSubmittedIsListedInTheOrderOfTheForm() {
		Submission draft = Submission.draft(REFERENCE, openCall(), MEDSENSE, "alice",
				new ProposalContent(null, "CardioWatch", null, null, new BigDecimal("60000"), 9, null, null, null),
				DURING);

		assertThat(draft.missingForSubmission(openCall(), MANDATORY, MEDSENSE_SME)).extracting(FieldViolation::field)
			.containsExactly("challenge", "acronym", "summary", "requestedAmount", "trl", "team", "declarations",
					"documents.budget", "documents.technical-proposal");
	}

	@Test
	void aChallengeTheCallNoLongerHasIsRefusedAtSubmission() {
		Submission draft = readyToSubmit();
		SubmissionWindow withoutHeartFailure = new SubmissionWindow(CALL, true, OPENS, DEADLINE,
				List.of("Falls at night"), RULES);

		assertThatThrownBy(() -> draft.submit(withoutHeartFailure, MANDATORY, MEDSENSE_SME, DURING))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("challenge");
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void theServerClockClosesTheWindowAtTheDeadline() {
		Submission lastMinute = readyToSubmit();
		assertThat(lastMinute.submit(openCall(), MANDATORY, MEDSENSE_SME, DEADLINE.minusSeconds(1)).receipt().version())
			.isEqualTo(1);

		Submission late = readyToSubmit();
		assertThatThrownBy(() -> late.submit(openCall(), MANDATORY, MEDSENSE_SME, DEADLINE))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("The deadline of call " + CALL + " has passed");
		assertThat(late.status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	@Test
	void aSubmittedProposalIsWithdrawnUntilTheDeadline() {
		Submission submission = submitted();

		submission.withdraw(openCall(), DEADLINE.minusSeconds(1));

		assertThat(submission.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
		assertThat(submission.submittedVersion()).isEqualTo(1);
	}

	@Test
	void aDraftCanBeWithdrawnToo() {
		Submission draft = draftOfAlice();

		draft.withdraw(openCall(), DURING);

		assertThat(draft.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
	}

	@Test
	void noWithdrawalAfterTheDeadline() {
		Submission submission = submitted();

		assertThatThrownBy(() -> submission.withdraw(openCall(), DEADLINE)).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("deadline");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void aWithdrawnProposalCanNoLongerBeChangedSubmittedWithdrawnOrDecided() {
		Submission withdrawn = submitted();
		withdrawn.withdraw(openCall(), DURING);

		assertThatThrownBy(() -> withdrawn.edit(homeMonitoring(), openCall(), DURING))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("can no longer be changed (it is withdrawn)");
		assertThatThrownBy(() -> withdrawn.addDocument(document("budget", "v2"), openCall(), DURING))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> withdrawn.submit(openCall(), MANDATORY, MEDSENSE_SME, DURING))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> withdrawn.withdraw(openCall(), DURING)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> withdrawn.recordRuleFindings(List.of())).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("not waiting for an eligibility decision (it is withdrawn)");
		assertThatThrownBy(() -> withdrawn.decideEligibility(true, "oscar", "Fine"))
			.isInstanceOf(StateConflictException.class);
		assertThat(withdrawn.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
	}

	@Test
	void theTablesFindingsAreRecordedAsTheReasonsNotEligible() {
		Submission submission = foundIneligibleByTheTable();

		assertThat(submission.isEligibleByRules()).isFalse();
		assertThat(submission.ineligibilityReasons())
			.containsExactly("The technology readiness level is above the call's range.");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void noFindingsMeansEligibleByTheRules() {
		assertThat(foundEligibleByTheTable().isEligibleByRules()).isTrue();
	}

	@Test
	void aDraftIsNotWaitingForTheTablesFindings() {
		Submission draft = draftOfAlice();

		assertThatThrownBy(() -> draft.recordRuleFindings(List.of("A mandatory document is missing.")))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("not waiting for an eligibility decision (it is draft)");
		assertThat(draft.ineligibilityReasons()).isEmpty();
	}

	@Test
	void theOfficerConfirmsAnEligibleFindingWithoutAReason() {
		Submission submission = foundEligibleByTheTable();

		submission.decideEligibility(true, "oscar", null);

		assertThat(submission.status()).isEqualTo(SubmissionStatus.ELIGIBLE);
		assertThat(submission.decidedBy()).isEqualTo("oscar");
		assertThat(submission.decisionComment()).isNull();
	}

	@Test
	void aConfirmationMayCarryACommentWhichIsKeptStripped() {
		Submission submission = foundEligibleByTheTable();

		submission.decideEligibility(true, "oscar", "  Checked the budget annex.  ");

		assertThat(submission.decisionComment()).isEqualTo("Checked the budget annex.");
	}

	@Test
	void overridingAnIneligibleFindingNeedsAWrittenReason() {
		Submission submission = foundIneligibleByTheTable();

		assertThatThrownBy(() -> submission.decideEligibility(true, "oscar", " "))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations()).containsExactly(
					new FieldViolation("comment", "a written reason is required to override the eligibility rules")));
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.decidedBy()).isNull();

		submission.decideEligibility(true, "oscar", "TRL 9 is the product's certified version; the pilot is TRL 7.");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.ELIGIBLE);
		assertThat(submission.decisionComment()).startsWith("TRL 9");
	}

	@Test
	void overridingAnEligibleFindingNeedsAWrittenReason() {
		Submission submission = foundEligibleByTheTable();

		assertThatThrownBy(() -> submission.decideEligibility(false, "oscar", null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("a written reason is required to override the eligibility rules");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);

		submission.decideEligibility(false, "oscar", "The budget annex is a scanned image, not a budget.");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.INELIGIBLE);
	}

	@Test
	void confirmingAnIneligibleFindingTellsTheApplicantWhy() {
		Submission submission = foundIneligibleByTheTable();

		assertThatThrownBy(() -> submission.decideEligibility(false, "oscar", ""))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations()).containsExactly(
					new FieldViolation("comment", "tell the applicant why the proposal is not admissible")));
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);

		submission.decideEligibility(false, "oscar", "The TRL is above the call's range.");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.INELIGIBLE);
		assertThat(submission.decidedBy()).isEqualTo("oscar");
		assertThat(submission.decisionComment()).isEqualTo("The TRL is above the call's range.");
	}

	@Test
	void aDecisionCommentWithControlCharactersIsRefused() {
		Submission submission = foundIneligibleByTheTable();

		assertThatThrownBy(() -> submission.decideEligibility(false, "oscar", "Not admissible\u0000"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("comment");
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void aDecidedProposalIsNeitherDecidedAgainNorChanged() {
		Submission submission = foundEligibleByTheTable();
		submission.decideEligibility(true, "oscar", null);

		assertThatThrownBy(() -> submission.decideEligibility(false, "olivia", "Second thoughts"))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("(it is eligible)");
		assertThatThrownBy(() -> submission.recordRuleFindings(List.of())).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> submission.edit(homeMonitoring(), openCall(), DURING))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> submission.withdraw(openCall(), DURING)).isInstanceOf(StateConflictException.class);
		assertThat(submission.status()).isEqualTo(SubmissionStatus.ELIGIBLE);
		assertThat(submission.decidedBy()).isEqualTo("oscar");
	}

}
