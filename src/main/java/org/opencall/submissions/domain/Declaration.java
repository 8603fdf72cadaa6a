package org.opencall.submissions.domain;

/**
 * The declarations of honour every applicant makes.
 */
public enum Declaration {

	ACCURATE_INFORMATION("The information in this proposal is accurate and complete."),
	NOT_IN_EXCLUSION_SITUATION("The organisation is not bankrupt, in liquidation or excluded from EU funding."),
	NO_DOUBLE_FUNDING("The same work is not funded twice."),
	ETHICS_AND_DATA_PROTECTION("The work respects research ethics and data-protection law.");

	private final String text;

	Declaration(String text) {
		this.text = text;
	}

	public String text() {
		return this.text;
	}

}
