package org.opencall.contracting.domain;

/** Where an amendment request stands. */
public enum AmendmentStatus {

	REQUESTED("Requested, awaiting two officers"), APPROVED("Approved"), REFUSED("Refused");

	private final String label;

	AmendmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
