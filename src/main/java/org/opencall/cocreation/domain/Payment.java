package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An instalment of the payment plan: planned until its trigger happens (the signature, or
 * the acceptance of its milestone), then due, with the officer whose action made it due;
 * released by a second officer (four eyes). The release task bound to it is the one that
 * releases it.
 */
@Table("pilot_payments")
public record Payment(int number, String trigger, Integer milestone, BigDecimal percent, BigDecimal amount,
		PaymentStatus status, Instant dueAt, String madeDueBy, String releaseTask, String releasedBy,
		Instant releasedAt) {

	public static final String AT_SIGNATURE = "SIGNATURE";

	public static final String AFTER_MILESTONE = "MILESTONE";

	Payment due(String by, Instant at) {
		return new Payment(this.number, this.trigger, this.milestone, this.percent, this.amount, PaymentStatus.DUE, at,
				by, null, null, null);
	}

	Payment boundTo(String task) {
		return new Payment(this.number, this.trigger, this.milestone, this.percent, this.amount, this.status,
				this.dueAt, this.madeDueBy, task, this.releasedBy, this.releasedAt);
	}

	Payment released(String by, Instant at) {
		return new Payment(this.number, this.trigger, this.milestone, this.percent, this.amount, PaymentStatus.RELEASED,
				this.dueAt, this.madeDueBy, this.releaseTask, by, at);
	}

	/** What makes it due, in words. */
	public String triggerLabel() {
		return AT_SIGNATURE.equals(this.trigger) ? "At signature" : "After milestone " + this.milestone;
	}

	public boolean isReleased() {
		return this.status == PaymentStatus.RELEASED;
	}

}
