package org.opencall.evaluation.domain;

/**
 * Why an expert may not evaluate a proposal, as detected from who they are.
 */
public enum ConflictReason {

	SAME_ORGANISATION("same organisation"),

	SAME_EMAIL_DOMAIN("same e-mail domain"),

	NAMED_AS_PARTNER("named as partner"),

	NAMED_IN_TEAM("named in the team"),

	SAME_COUNTRY("same country");

	private final String label;

	ConflictReason(String label) {
		this.label = label;
	}

	/** The reason in words. */
	public String label() {
		return this.label;
	}

}
