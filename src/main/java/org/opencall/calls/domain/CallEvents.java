package org.opencall.calls.domain;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happens to a call, past tense: each transition of {@link Call} answers one. Each
 * is kept in the audit trail under the call's reference; those without a person happened
 * by the engine's clock or by Opencall.
 */
public final class CallEvents {

	private CallEvents() {
	}

	/** An event about the call alone: kept in the audit trail under its reference. */
	interface AboutTheCall extends Audited {

		String reference();

		@Override
		default List<String> auditSubjects() {
			return List.of(reference());
		}

	}

	/** An officer opened the call's draft in their programme. */
	public record CallDrafted(String reference, String programme, String officer) implements AboutTheCall {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record CallSubmittedForApproval(String reference, String submittedBy, int round) implements AboutTheCall {

		@Override
		public String auditActor() {
			return this.submittedBy;
		}

	}

	public record CallSentBack(String reference, String reviewer, String comment, int round) implements AboutTheCall {

		@Override
		public String auditActor() {
			return this.reviewer;
		}

	}

	public record CallApproved(String reference, String approver) implements AboutTheCall {

		@Override
		public String auditActor() {
			return this.approver;
		}

	}

	public record CallPublished(String reference) implements AboutTheCall {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record CallClosed(String reference) implements AboutTheCall {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record CallEvaluationStarted(String reference, String officer) implements AboutTheCall {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record CallEvaluated(String reference) implements AboutTheCall {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record CallSelectionDecided(String reference) implements AboutTheCall {

		@Override
		public String auditActor() {
			return null;
		}

	}

}
