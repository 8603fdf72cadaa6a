package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.cocreation.domain.PilotFixtures.report;
import static org.opencall.cocreation.domain.PilotFixtures.terms;

/**
 * The pilot's rules without Spring: kick-off, deliverables, the co-review (both accept or
 * it goes back), the ledger and the four-eyes release, the amendment and the close.
 */
class PilotTest {

	private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

	private static final Map<String, String> READINGS = Map.of("Readmissions avoided", "6");

	@Test
	void aSignedGrantOpensWithItsSignaturePaymentDueMadeDueByThePreparer() {
		Pilot pilot = Pilot.open(terms(), NOW);

		assertThat(pilot.status()).isEqualTo(PilotStatus.KICK_OFF);
		assertThat(pilot.payment(1).status()).isEqualTo(PaymentStatus.DUE);
		assertThat(pilot.payment(1).madeDueBy()).isEqualTo("olivia");
		assertThat(pilot.payment(2).status()).isEqualTo(PaymentStatus.PLANNED);
		assertLedger(pilot.ledger(), "50000", "30000", "20000", "0", "50000");
	}

	@Test
	void theKickOffDateMustFallWithinTheGrantsPeriod() {
		Pilot pilot = Pilot.open(terms(), NOW);

		assertThatThrownBy(() -> pilot.holdKickOff("olivia", LocalDate.of(2026, 12, 1), "", Set.of(), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("kickOffDate");
		assertThat(pilot.status()).isEqualTo(PilotStatus.KICK_OFF);

		pilot.holdKickOff("olivia", LocalDate.of(2027, 3, 5), "Met at the ward", Set.of("nora"), NOW);
		assertThat(pilot.status()).isEqualTo(PilotStatus.RUNNING);
		assertThat(pilot.needOwners()).containsExactly("nora");
	}

	@Test
	void aDeliverableNeedsAReportADocumentAndNumbersForReadings() {
		Pilot pilot = running();

		assertThatThrownBy(() -> pilot.submitDeliverable("alice", 1, " ", report(), READINGS, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting("field").containsExactly("report"));
		assertThatThrownBy(
				() -> pilot.submitDeliverable("alice", 1, "Done", new DeliverableDocuments(List.of()), READINGS, NOW))
			.hasMessageContaining("documents");
		assertThatThrownBy(
				() -> pilot.submitDeliverable("alice", 1, "Done", report(), Map.of("Readmissions avoided", "six"), NOW))
			.hasMessageContaining("readings.Readmissions avoided");
		assertThatThrownBy(() -> pilot.submitDeliverable("alice", 2, "Done", report(), READINGS, NOW))
			.hasMessageContaining("milestone 1 is due first");

		assertThat(pilot.deliverables()).isEmpty();
		assertThat(pilot.milestone(1).orElseThrow().status()).isEqualTo(MilestoneStatus.OPEN);
	}

	@Test
	void eitherReviewerAskingForARevisionSendsTheDeliverableBackWithTheComments() {
		Pilot pilot = submitted(running());

		pilot.review("oscar", "accept", null, NOW);
		assertThat(pilot.milestone(1).orElseThrow().status()).isEqualTo(MilestoneStatus.SUBMITTED);
		assertThatThrownBy(() -> pilot.coReview("nora", "revise", "", NOW)).hasMessageContaining("comment");
		pilot.coReview("nora", "revise", "Add the ward's figures", NOW);

		assertThat(pilot.milestone(1).orElseThrow().status()).isEqualTo(MilestoneStatus.REVISION);
		assertThat(pilot.lastDeliverableAccepted()).isFalse();
		assertThat(pilot.latestDeliverable().orElseThrow().hostComment()).isEqualTo("Add the ward's figures");
		assertThat(pilot.payment(2).status()).isEqualTo(PaymentStatus.PLANNED);
	}

	@Test
	void bothAcceptingAcceptsTheMilestoneAndMakesItsPaymentDueByTheReviewingOfficer() {
		Pilot pilot = submitted(running());

		pilot.coReview("nora", "accept", null, NOW);
		pilot.review("oscar", "ACCEPT", "Well done", NOW);

		assertThat(pilot.milestone(1).orElseThrow().status()).isEqualTo(MilestoneStatus.ACCEPTED);
		assertThat(pilot.payment(2).status()).isEqualTo(PaymentStatus.DUE);
		assertThat(pilot.payment(2).madeDueBy()).isEqualTo("oscar");
		assertLedger(pilot.ledger(), "50000", "7500", "42500", "0", "50000");
		assertThat(pilot.currentMilestone().orElseThrow().number()).isEqualTo(2);
		assertThatThrownBy(() -> pilot.checkDeliverable(1, "Again", report(), READINGS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("accepted already");
	}

	@Test
	void aPaymentIsReleasedByAnOfficerWhoDidNotMakeItDueAndOnlyOnce() {
		Pilot pilot = Pilot.open(terms(), NOW);

		assertThatThrownBy(() -> pilot.release(1, "olivia", NOW)).isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("Four-eyes");
		assertThat(pilot.release(1, "oscar", NOW)).isPresent();
		assertLedger(pilot.ledger(), "50000", "30000", "0", "20000", "30000");

		assertThat(pilot.release(1, "olivia", NOW)).as("released already: nothing changes").isEmpty();
		assertThat(pilot.payment(1).releasedBy()).isEqualTo("oscar");
		assertLedger(pilot.ledger(), "50000", "30000", "0", "20000", "30000");
		assertThatThrownBy(() -> pilot.release(2, "oscar", NOW)).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("not due");
	}

	@Test
	void aReleaseAboveWhatRemainsOfTheGrantIsRefused() {
		// terms whose instalments add up to 60,000 for a grant of 50,000
		Pilot pilot = Pilot.open(terms(1, "50000", "40000", "12500", "7500"), NOW);
		pilot.release(1, "oscar", NOW);
		pilot.holdKickOff("olivia", LocalDate.of(2027, 3, 5), null, Set.of("nora"), NOW);
		submitted(pilot);
		pilot.review("oscar", "accept", null, NOW);
		pilot.coReview("nora", "accept", null, NOW);

		assertThatThrownBy(() -> pilot.release(2, "olivia", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.violations()).extracting("field").containsExactly("amount"));
		assertLedger(pilot.ledger(), "50000", "7500", "12500", "40000", "10000");
	}

	@Test
	void aReleaseTaskIsBoundToTheNextDuePaymentAndReleasesThatOne() {
		Pilot pilot = Pilot.open(terms(), NOW);

		assertThat(pilot.hasPaymentToBind()).isTrue();
		assertThat(pilot.bindRelease("task-1")).contains(1);
		assertThat(pilot.hasPaymentToBind()).isFalse();
		assertThat(pilot.bindRelease("task-2")).isEmpty();
		assertThat(pilot.paymentOfTask("task-1").orElseThrow().number()).isEqualTo(1);
	}

	@Test
	void thePilotClosesOnlyOnceEveryMilestoneIsAcceptedWithEveryIndicatorsFinalValue() {
		Pilot pilot = submitted(running());
		accept(pilot);
		assertThatThrownBy(() -> pilot.close("oscar", "SOLVED", Map.of("Readmissions avoided", "14"), "Done", NOW))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("milestone 2");
		pilot.submitDeliverable("alice", 2, "Final report", report(), Map.of("Readmissions avoided", "14"), NOW);
		accept(pilot);

		assertThatThrownBy(() -> pilot.close("oscar", "MAYBE", Map.of(), "", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations()).extracting("field")
				.containsExactlyInAnyOrder("outcome", "summary", "finalValues.Readmissions avoided"));
		pilot.close("oscar", "SOLVED", Map.of("Readmissions avoided", "14"), "Fewer readmissions", NOW);

		assertThat(pilot.status()).isEqualTo(PilotStatus.CLOSED);
		assertThat(pilot.outcome().label()).isEqualTo("Need solved");
		assertThat(pilot.indicators().get(0).finalValue()).isEqualByComparingTo("14");
		assertLedger(pilot.ledger(), "50000", "0", "50000", "0", "50000");
	}

	@Test
	void anAmendmentChangesWhatIsNotAcceptedNorReleasedOnly() {
		Pilot pilot = submitted(running());
		pilot.release(1, "oscar", NOW);
		accept(pilot);

		// version 2: 60,000, the instalments after milestone 1 and 2 raised
		pilot.amend(terms(2, "60000", "24000", "27000", "9000"), NOW);

		assertThat(pilot.agreementVersion()).isEqualTo(2);
		assertThat(pilot.payment(1).amount()).as("released: as it was").isEqualByComparingTo("20000");
		assertThat(pilot.payment(2).amount()).isEqualByComparingTo("27000");
		assertThat(pilot.payment(2).status()).as("its milestone is accepted").isEqualTo(PaymentStatus.DUE);
		assertThat(pilot.payment(2).madeDueBy()).isEqualTo("oscar");
		assertThat(pilot.milestone(1).orElseThrow().status()).isEqualTo(MilestoneStatus.ACCEPTED);
		assertLedger(pilot.ledger(), "60000", "9000", "27000", "20000", "40000");
	}

	private static Pilot running() {
		Pilot pilot = Pilot.open(terms(), NOW);
		pilot.holdKickOff("olivia", LocalDate.of(2027, 3, 5), null, Set.of("nora"), NOW);
		return pilot;
	}

	private static Pilot submitted(Pilot pilot) {
		pilot.submitDeliverable("alice", pilot.currentMilestone().orElseThrow().number(), "Pilot on 20 patients",
				report(), READINGS, NOW);
		return pilot;
	}

	private static void accept(Pilot pilot) {
		pilot.review("oscar", "accept", null, NOW);
		pilot.coReview("nora", "accept", null, NOW);
	}

	private static void assertLedger(Ledger ledger, String amount, String planned, String due, String released,
			String remaining) {
		assertThat(ledger.amount()).as("amount").isEqualByComparingTo(new BigDecimal(amount));
		assertThat(ledger.planned()).as("planned").isEqualByComparingTo(new BigDecimal(planned));
		assertThat(ledger.due()).as("due").isEqualByComparingTo(new BigDecimal(due));
		assertThat(ledger.released()).as("released").isEqualByComparingTo(new BigDecimal(released));
		assertThat(ledger.remaining()).as("remaining").isEqualByComparingTo(new BigDecimal(remaining));
	}

}
