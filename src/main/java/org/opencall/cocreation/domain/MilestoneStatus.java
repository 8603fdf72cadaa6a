package org.opencall.cocreation.domain;

/** Where a milestone's deliverable stands. */
public enum MilestoneStatus {

	OPEN("Open"), SUBMITTED("Submitted, under review"), ACCEPTED("Accepted"), REVISION("Sent back for revision");

	private final String label;

	MilestoneStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
