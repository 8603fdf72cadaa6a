package org.opencall.calls.web;

/**
 * The reviewing officer's form as typed: the decision (its button) and a comment.
 */
public class ReviewForm {

	private String decision;

	private String comment;

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
