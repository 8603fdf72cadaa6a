package org.opencall.evaluation.domain;

/**
 * Where an expert stands in the pool. Only approved experts are invited to calls and
 * routed work.
 */
public enum ExpertStatus {

	PENDING_APPROVAL("Awaiting approval"), APPROVED("Approved"), REJECTED("Rejected"), WITHDRAWN("Withdrawn");

	private final String label;

	ExpertStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
