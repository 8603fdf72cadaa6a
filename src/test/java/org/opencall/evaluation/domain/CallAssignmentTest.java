package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallAssignmentTest {

	private static final Instant NOW = Instant.parse("2027-04-02T10:00:00Z");

	@Test
	void seatsKeepEachProposalsExpertsInSlotOrderWithTheirLoadsAndAffinity() {
		AssignedSeats seats = AssignedSeats.of(assignment());

		assertThat(seats.bySubmission().get("S-000002")).extracting(AssignedSeats.Seat::expert)
			.containsExactly("emil", "eva");
		assertThat(seats.loads()).containsEntry("eva", 2).containsEntry("emil", 2).containsEntry("erik", 1);
		assertThat(seats.totalAffinity()).isEqualTo(80 + 60 + 70 + 50 + 40);
	}

	@Test
	void anOfficerSwapsAnExpertOnAProposalUntilTheAssignmentIsConfirmedOnce() {
		CallAssignment assignment = CallAssignment.propose("HC-1", AssignedSeats.of(assignment()), "olivia", NOW);

		assignment.swap("S-000001", "erik", "elena", 65);
		assertThat(assignment.seats().bySubmission().get("S-000001")).extracting(AssignedSeats.Seat::expert)
			.containsExactly("eva", "emil", "elena");
		assertThatThrownBy(() -> assignment.swap("S-000001", "erik", "elena", 65))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("erik is not assigned to S-000001");
		assertThatThrownBy(() -> assignment.swap("S-000009", "eva", "elena", 65))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not among the assigned proposals");

		assignment.confirm("oscar", NOW);
		assertThat(assignment.status()).isEqualTo(AssignmentStatus.CONFIRMED);
		assertThat(assignment.confirmedBy()).isEqualTo("oscar");
		assertThatThrownBy(() -> assignment.confirm("olivia", NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> assignment.swap("S-000001", "eva", "erik", 1))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> assignment.rerun(AssignedSeats.of(assignment()), "olivia", NOW))
			.isInstanceOf(StateConflictException.class);
	}

	private static ExpertAssignment assignment() {
		return new ExpertAssignment(
				Map.of("S-000001",
						List.of(new AssignedExpert("eva", 80), new AssignedExpert("emil", 60),
								new AssignedExpert("erik", 70)),
						"S-000002", List.of(new AssignedExpert("emil", 50), new AssignedExpert("eva", 40))),
				Map.of("eva", 2, "emil", 2, "erik", 1), 300);
	}

}
