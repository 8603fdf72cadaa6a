package org.opencall.evaluation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.opencall.evaluation.domain.Expert;
import org.opencall.identity.Person;

/**
 * An expert of the pool as pages and the JSON API show them: who they are, their
 * expertise, and where they stand (status in words, and the officer's decision).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertView(String userId, String name, String email, String organisation, String country,
		List<String> keywords, List<String> topics, int maxProposalsPerCall, String status, String statusLabel,
		Instant registeredAt, Instant confidentialityDeclaredAt, String decidedBy, Instant decidedAt,
		String decisionReason) {

	public ExpertView {
		keywords = List.copyOf(keywords);
		topics = List.copyOf(topics);
	}

	static ExpertView of(Expert expert, Person person) {
		return new ExpertView(expert.userId(), (person != null) ? person.displayName() : expert.userId(),
				(person != null) ? person.email() : null, expert.profile().organisation(), expert.profile().country(),
				expert.profile().keywords(), expert.profile().topics(), expert.profile().maxProposalsPerCall(),
				expert.status().name(), expert.status().label(), expert.registeredAt(),
				expert.confidentialityDeclaredAt(), expert.decidedBy(), expert.decidedAt(), expert.decisionReason());
	}

	public boolean isPending() {
		return "PENDING_APPROVAL".equals(this.status);
	}

	public boolean isApproved() {
		return "APPROVED".equals(this.status);
	}

}
