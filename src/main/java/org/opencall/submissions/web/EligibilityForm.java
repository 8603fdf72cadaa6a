package org.opencall.submissions.web;

/**
 * The officer's admissibility decision as typed: eligible or not, and the reason.
 */
public class EligibilityForm {

	private Boolean eligible;

	private String comment;

	public Boolean getEligible() {
		return this.eligible;
	}

	public void setEligible(Boolean eligible) {
		this.eligible = eligible;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
