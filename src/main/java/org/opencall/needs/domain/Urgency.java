package org.opencall.needs.domain;

/**
 * How soon the need owner needs a solution.
 */
public enum Urgency {

	LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
