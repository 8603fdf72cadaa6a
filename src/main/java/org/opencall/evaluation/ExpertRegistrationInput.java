package org.opencall.evaluation;

import java.util.List;

/**
 * Someone registering in the expert pool: their login (as a company's registration asks
 * it; with an officer's invitation the e-mail address is the invitation's), their
 * profile, and the declaration of confidentiality.
 */
public record ExpertRegistrationInput(String userId, String firstName, String lastName, String email, String password,
		String invitation, String organisation, String country, List<String> keywords, List<String> topics,
		Integer maxProposalsPerCall, Boolean confidentiality) {

	ExpertProfileInput profile() {
		return new ExpertProfileInput(this.organisation, this.country, this.keywords, this.topics,
				this.maxProposalsPerCall);
	}

	@Override
	public String toString() {
		return "ExpertRegistrationInput[" + this.userId + "]";
	}

}
