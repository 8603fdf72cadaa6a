package org.opencall.cocreation.domain;

import java.math.BigDecimal;

/** What happened to a pilot, in the past tense. */
public final class CoCreationEvents {

	private CoCreationEvents() {
	}

	public record KickOffHeld(String grantReference, String officer) {
	}

	public record DeliverableSubmitted(String grantReference, int milestone, String submittedBy) {
	}

	public record DeliverableReviewed(String grantReference, int milestone, String reviewer, Verdict verdict,
			boolean reviewComplete) {
	}

	public record MilestoneAccepted(String grantReference, int milestone) {
	}

	public record RevisionAsked(String grantReference, int milestone) {
	}

	public record PaymentReleased(String grantReference, int payment, BigDecimal amount, String officer) {
	}

	public record PilotClosed(String grantReference, Outcome outcome, String officer) {
	}

}
