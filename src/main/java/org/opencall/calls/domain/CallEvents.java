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

	/** An officer opened the call's draft in their programme. */
	public record CallDrafted(String reference, String programme, String officer) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record CallSubmittedForApproval(String reference, String submittedBy, int round) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return this.submittedBy;
		}

	}

	public record CallSentBack(String reference, String reviewer, String comment, int round) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return this.reviewer;
		}

	}

	public record CallApproved(String reference, String approver) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return this.approver;
		}

	}

	public record CallPublished(String reference) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record CallClosed(String reference) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record CallEvaluationStarted(String reference, String officer) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record CallEvaluated(String reference) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record CallSelectionDecided(String reference) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

}
