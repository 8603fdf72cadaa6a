package org.opencall.evaluation.domain;

/**
 * Where an expert's invitation to a call stands.
 */
public enum CallInvitationStatus {

	INVITED("Invited, no answer yet"), ACCEPTED("Accepted"), DECLINED("Declined"), LAPSED("Lapsed unanswered");

	private final String label;

	CallInvitationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
