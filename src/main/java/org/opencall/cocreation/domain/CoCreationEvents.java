package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happened to a pilot, in the past tense. Each names the grant, its call and its
 * proposal; the audit trail keeps it under all three, the grant first.
 */
public final class CoCreationEvents {

	private CoCreationEvents() {
	}

	/** An event of one grant's pilot, kept under the grant, its proposal and its call. */
	interface OfPilot extends Audited {

		String grantReference();

		String callReference();

		String submissionReference();

		@Override
		default List<String> auditSubjects() {
			return List.of(grantReference(), submissionReference(), callReference());
		}

	}

	public record KickOffHeld(String grantReference, String callReference, String submissionReference,
			String officer) implements OfPilot {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record DeliverableSubmitted(String grantReference, String callReference, String submissionReference,
			int milestone, String submittedBy) implements OfPilot {

		@Override
		public String auditActor() {
			return this.submittedBy;
		}

	}

	public record DeliverableReviewed(String grantReference, String callReference, String submissionReference,
			int milestone, String reviewer, Verdict verdict, boolean reviewComplete) implements OfPilot {

		@Override
		public String auditActor() {
			return this.reviewer;
		}

	}

	public record MilestoneAccepted(String grantReference, String callReference, String submissionReference,
			int milestone) implements OfPilot {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record RevisionAsked(String grantReference, String callReference, String submissionReference,
			int milestone) implements OfPilot {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** A second officer released a payment of the grant. */
	public record PaymentReleased(String grantReference, String callReference, String submissionReference, int payment,
			BigDecimal amount, String officer) implements OfPilot {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record PilotClosed(String grantReference, String callReference, String submissionReference, Outcome outcome,
			String officer) implements OfPilot {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

}
