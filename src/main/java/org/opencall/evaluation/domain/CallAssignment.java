package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.UUID;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The experts assigned to a call's eligible proposals: proposed by the optimal
 * assignment, adjusted by the officers' swaps, and confirmed once by an officer of the
 * call's programme, which starts the evaluations. A confirmed assignment no longer
 * changes here; replacements after a declined or conflicted slot happen in each
 * proposal's evaluation.
 */
@Table("call_assignments")
public class CallAssignment {

	@Id
	private final UUID id;

	private final String callReference;

	private AssignmentStatus status;

	private AssignedSeats seats;

	private String proposedBy;

	private Instant proposedAt;

	private String confirmedBy;

	private Instant confirmedAt;

	@Version
	private Integer version;

	public CallAssignment(UUID id, String callReference, AssignmentStatus status, AssignedSeats seats,
			String proposedBy, Instant proposedAt, String confirmedBy, Instant confirmedAt, Integer version) {
		this.id = id;
		this.callReference = callReference;
		this.status = status;
		this.seats = seats;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		this.confirmedBy = confirmedBy;
		this.confirmedAt = confirmedAt;
		this.version = version;
	}

	public static CallAssignment propose(String callReference, AssignedSeats seats, String officer, Instant now) {
		return new CallAssignment(UUID.randomUUID(), callReference, AssignmentStatus.PROPOSED, seats, officer, now,
				null, null, null);
	}

	/**
	 * The officer runs the assignment again (new experts accepted, say): it starts
	 * afresh.
	 */
	public void rerun(AssignedSeats rerun, String officer, Instant now) {
		requireProposed();
		this.seats = rerun;
		this.proposedBy = officer;
		this.proposedAt = now;
	}

	/**
	 * The officer puts another expert in one expert's place on a proposal; whether the
	 * newcomer is free of conflicts and has load left is checked before, against the
	 * panel.
	 */
	public void swap(String submission, String out, String in, int affinity) {
		requireProposed();
		if (this.seats.of(submission).isEmpty()) {
			throw InvalidInputException.of("submission", "is not among the assigned proposals of this call");
		}
		if (this.seats.of(submission).stream().noneMatch((seat) -> seat.expert().equals(out))) {
			throw InvalidInputException.of("expert", out + " is not assigned to " + submission);
		}
		this.seats = this.seats.swapped(submission, out, in, affinity);
	}

	public void confirm(String officer, Instant now) {
		requireProposed();
		this.status = AssignmentStatus.CONFIRMED;
		this.confirmedBy = officer;
		this.confirmedAt = now;
	}

	private void requireProposed() {
		if (this.status != AssignmentStatus.PROPOSED) {
			throw new StateConflictException("The assignment of call " + this.callReference + " is confirmed by "
					+ this.confirmedBy + " and no longer changes");
		}
	}

	public UUID id() {
		return this.id;
	}

	public String callReference() {
		return this.callReference;
	}

	public AssignmentStatus status() {
		return this.status;
	}

	public AssignedSeats seats() {
		return this.seats;
	}

	public String proposedBy() {
		return this.proposedBy;
	}

	public Instant proposedAt() {
		return this.proposedAt;
	}

	public String confirmedBy() {
		return this.confirmedBy;
	}

	public Instant confirmedAt() {
		return this.confirmedAt;
	}

	public Integer version() {
		return this.version;
	}

}
