package org.opencall.needs.web;

/**
 * The need owner's answer to an officer's question, as typed.
 */
public class AnswerForm {

	private String answer;

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

}
