package org.opencall.needs.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A question an officer asked about a need, and its owner's answer once given.
 */
@Table("need_clarifications")
public record Clarification(int round, String question, String askedBy, Instant askedAt, String answer,
		String answeredBy, Instant answeredAt) {

	public boolean isAnswered() {
		return this.answer != null;
	}

	Clarification answered(String text, String by, Instant at) {
		return new Clarification(this.round, this.question, this.askedBy, this.askedAt, text, by, at);
	}

}
