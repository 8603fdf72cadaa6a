package org.opencall.cocreation.domain;

/** Where an instalment of the payment plan stands. */
public enum PaymentStatus {

	PLANNED("Planned"), DUE("Due, waiting for release"), RELEASED("Released");

	private final String label;

	PaymentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
