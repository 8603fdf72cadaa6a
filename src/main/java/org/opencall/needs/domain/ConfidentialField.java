package org.opencall.needs.domain;

/**
 * A field of a need that its owner may keep out of public call pages.
 */
public enum ConfidentialField {

	ORGANISATION("Organisation"), AFFECTED_POPULATION("Who is affected"), AFFECTED_COUNT("How many are affected"),
	CURRENT_PRACTICE("Current practice"), CURRENT_BURDEN("Its cost or burden"),
	EXPECTED_BENEFIT("Expected benefit of a solution");

	private final String label;

	ConfidentialField(String label) {
		this.label = label;
	}

	/** The field in the words of the need form's label. */
	public String label() {
		return this.label;
	}

}
