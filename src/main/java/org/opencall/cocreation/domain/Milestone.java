package org.opencall.cocreation.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A milestone of the pilot: its deliverable, due date and where it stands. */
@Table("pilot_milestones")
public record Milestone(int number, String title, String deliverable, LocalDate dueDate, MilestoneStatus status,
		Instant acceptedAt) {

	Milestone withStatus(MilestoneStatus status, Instant acceptedAt) {
		return new Milestone(this.number, this.title, this.deliverable, this.dueDate, status, acceptedAt);
	}

	boolean isAccepted() {
		return this.status == MilestoneStatus.ACCEPTED;
	}

}
