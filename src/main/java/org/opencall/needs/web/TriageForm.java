package org.opencall.needs.web;

import org.opencall.needs.TriageInput;

/**
 * The triage form as typed: the decision and what it needs.
 */
public class TriageForm {

	private String decision;

	private String reason;

	private String question;

	private String duplicateOf;

	TriageInput toInput() {
		return new TriageInput(this.decision, this.reason, this.question, this.duplicateOf);
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getDuplicateOf() {
		return this.duplicateOf;
	}

	public void setDuplicateOf(String duplicateOf) {
		this.duplicateOf = duplicateOf;
	}

}
