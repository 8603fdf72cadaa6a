package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.opencall.contracting.domain.GrantEvents.AgreementAccepted;
import org.opencall.contracting.domain.GrantEvents.AmendmentApproved;
import org.opencall.contracting.domain.GrantEvents.AmendmentFirstApproved;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.contracting.domain.GrantFixtures.DECLARATIONS;
import static org.opencall.contracting.domain.GrantFixtures.MAX_GRANT;
import static org.opencall.contracting.domain.GrantFixtures.NOW;
import static org.opencall.contracting.domain.GrantFixtures.RULES;

/** A grant's four-eyes approval, the company's answer by the deadline and amendments. */
class GrantTest {

	private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

	private static final String REASON = "The hospital's ethics board needs two more months";

	@Test
	void aPreparedAgreementIsApprovedByASecondOfficerAndOfferedUntilTheDeadline() {
		Grant grant = GrantFixtures.opened();
		grant.prepare("peter", MAX_GRANT, RULES, NOW);

		assertThatThrownBy(() -> grant.approve("peter", null, NOW, FOURTEEN_DAYS))
			.isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("Four-eyes");
		grant.approve("pia", "Fine", NOW, FOURTEEN_DAYS);

		assertThat(grant.status()).isEqualTo(GrantStatus.OFFERED);
		assertThat(grant.acceptanceDeadline()).isEqualTo(Instant.parse("2027-09-15T10:00:00Z"));
	}

	@Test
	void aSendBackNeedsACommentAndReturnsTheAgreementToPreparation() {
		Grant grant = GrantFixtures.opened();
		grant.prepare("peter", MAX_GRANT, RULES, NOW);

		assertThatThrownBy(() -> grant.sendBack("pia", " ")).isInstanceOf(InvalidInputException.class);
		grant.sendBack("pia", "The host organisation is missing");

		assertThat(grant.status()).isEqualTo(GrantStatus.PREPARING);
		assertThat(grant.preparedBy()).isNull();
		assertThat(grant.sentBackComment()).isEqualTo("The host organisation is missing");
	}

	@Test
	void aBadDraftIsRefusedAndTheDraftStaysAsItWas() {
		Grant grant = GrantFixtures.opened();
		AgreementTerms before = grant.draft();

		assertThatThrownBy(() -> grant.draft("peter", AgreementTermsTest.plan("50", "45", "10"), MAX_GRANT, RULES))
			.isInstanceOf(InvalidInputException.class);
		assertThat(grant.draft()).isEqualTo(before);
	}

	@Test
	void acceptingNeedsEveryDeclarationAndMakesTheApprovedTermsVersionOne() {
		Grant grant = GrantFixtures.offered();

		assertThatThrownBy(() -> grant.accept("alice", Set.of("terms-read"), DECLARATIONS, NOW)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field).containsExactly("declarations"));
		AgreementAccepted signed = grant.accept("alice", DECLARATIONS, DECLARATIONS, NOW.plus(Duration.ofDays(13)));

		assertThat(signed.grantReference()).isEqualTo("GA-S-000012");
		assertThat(grant.status()).isEqualTo(GrantStatus.SIGNED);
		assertThat(grant.versions()).extracting(AgreementVersion::number).containsExactly(1);
		AgreementVersion first = grant.version(null).orElseThrow();
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.terms().amount()).isEqualByComparingTo("50000");
		assertThat(first.preparedBy()).isEqualTo("peter");
		assertThat(first.approvedBy()).isEqualTo("pia");
	}

	@Test
	void anAnswerAtOrAfterTheDeadlineIsRefusedAndTheOfferLapses() {
		Grant grant = GrantFixtures.offered();
		Instant deadline = grant.acceptanceDeadline();

		assertThatThrownBy(() -> grant.accept("alice", DECLARATIONS, DECLARATIONS, deadline))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("deadline");
		assertThatThrownBy(() -> grant.lapse(deadline.minusSeconds(1))).isInstanceOf(StateConflictException.class);
		grant.lapse(deadline);

		assertThat(grant.status()).isEqualTo(GrantStatus.LAPSED);
		assertThat(grant.committed()).isZero();
	}

	@Test
	void aDeclineNeedsAReasonAndReleasesTheBudget() {
		Grant grant = GrantFixtures.offered();
		assertThat(grant.committed()).isEqualByComparingTo("50000");

		assertThatThrownBy(() -> grant.decline("alice", "", NOW)).isInstanceOf(InvalidInputException.class);
		grant.decline("alice", "We joined another programme", NOW);

		assertThat(grant.status()).isEqualTo(GrantStatus.DECLINED);
		assertThat(grant.committed()).isZero();
	}

	@Test
	void anAmendmentApprovedByTwoDistinctOfficersBecomesVersionTwo() {
		Grant grant = GrantFixtures.signed();
		grant.requestAmendment("alice", REASON, longer(grant.inForce()), limits("0", Set.of()), RULES, NOW);

		assertThat(grant.approveAmendment(1, "peter", limits("0", Set.of()), RULES, NOW))
			.isInstanceOf(AmendmentFirstApproved.class);
		assertThatThrownBy(() -> grant.approveAmendment(1, "peter", limits("0", Set.of()), RULES, NOW))
			.isInstanceOf(ActionForbiddenException.class);
		AmendmentApproved amended = (AmendmentApproved) grant.approveAmendment(1, "pia", limits("0", Set.of()), RULES,
				NOW);

		assertThat(amended.agreementVersion()).isEqualTo(2);
		assertThat(grant.versions()).extracting(AgreementVersion::number).containsExactly(1, 2);
		assertThat(grant.version(null).orElseThrow().terms().endDate()).isEqualTo(LocalDate.of(2028, 11, 30));
		assertThat(grant.version(1).orElseThrow().terms().endDate()).isEqualTo(LocalDate.of(2028, 9, 30));
		assertThat(grant.amendments()).singleElement()
			.satisfies((a) -> assertThat(a.status()).isEqualTo(AmendmentStatus.APPROVED));
	}

	@Test
	void anAmendmentNeedsAReasonOf20Letters() {
		Grant grant = GrantFixtures.signed();

		assertThatThrownBy(() -> grant.requestAmendment("alice", "More time please 1234567", longer(grant.inForce()),
				limits("0", Set.of()), RULES, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field).containsExactly("reason"));
		assertThat(grant.amendments()).isEmpty();
	}

	@Test
	void anAmendmentBeyondTheBudgetOrBelowWhatWasReleasedIsRefused() {
		Grant grant = GrantFixtures.signed();
		AgreementTerms more = AgreementTermsTest.withAmount(grant.inForce(), "60000");
		// the others hold 150000 of 200000: 60000 more would make 210000
		AmendmentLimits tight = new AmendmentLimits(GrantFixtures.REQUESTED, MAX_GRANT, new BigDecimal("200000"),
				new BigDecimal("150000"), BigDecimal.ZERO, Set.of());

		assertThatThrownBy(() -> grant.requestAmendment("alice", REASON, more, tight, RULES, NOW))
			.hasMessageContaining("budget");
		AgreementTerms less = AgreementTermsTest.withAmount(grant.inForce(), "15000");
		assertThatThrownBy(() -> grant.requestAmendment("alice", REASON, less, limits("20000", Set.of()), RULES, NOW))
			.hasMessageContaining("released");
	}

	@Test
	void anAcceptedMilestoneOrAPaidInstalmentCannotChangeNorTheHost() {
		Grant grant = GrantFixtures.signed();
		AgreementTerms current = grant.inForce();
		List<Milestone> moved = List.of(
				new Milestone(1, "Mid-term review", "Mid-term report and pilot set-up", LocalDate.of(2028, 4, 30)),
				current.milestones().get(1));
		AgreementTerms wanted = new AgreementTerms(current.amount(), current.startDate(), 12, null, "Elsewhere",
				current.needReferences(), moved, AgreementTermsTest.plan("30", "55", "15").instalments(),
				current.indicators());

		assertThatThrownBy(
				() -> grant.requestAmendment("alice", REASON, wanted, limits("20000", Set.of(1)), RULES, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
						.containsExactly("hostOrganisation", "milestones[0]", "instalments[0]", "instalments[1]"));
	}

	@Test
	void aRefusedAmendmentLeavesTheAgreementAsItWas() {
		Grant grant = GrantFixtures.signed();
		grant.requestAmendment("alice", REASON, longer(grant.inForce()), limits("0", Set.of()), RULES, NOW);

		grant.refuseAmendment(1, "peter", "The pilot cannot run into the winter", NOW);

		assertThat(grant.versions()).hasSize(1);
		assertThat(grant.pendingAmendment()).isEmpty();
		assertThatThrownBy(() -> grant.approveAmendment(1, "pia", limits("0", Set.of()), RULES, NOW))
			.isInstanceOf(StateConflictException.class);
	}

	private static AmendmentLimits limits(String released, Set<Integer> accepted) {
		return new AmendmentLimits(GrantFixtures.REQUESTED, MAX_GRANT, new BigDecimal("250000"),
				new BigDecimal("100000"), new BigDecimal(released), accepted);
	}

	/** Two more months, the final report moved to the new end. */
	private static AgreementTerms longer(AgreementTerms terms) {
		List<Milestone> milestones = List.of(terms.milestones().get(0),
				new Milestone(2, "Final report", "Final report with the pilot's results", LocalDate.of(2028, 11, 30)));
		return new AgreementTerms(terms.amount(), terms.startDate(), 14, terms.hostOrganisationId(),
				terms.hostOrganisation(), terms.needReferences(), milestones, terms.instalments(), terms.indicators());
	}

}
