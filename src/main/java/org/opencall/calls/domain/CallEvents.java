package org.opencall.calls.domain;

/**
 * What happens to a call, past tense: each transition of {@link Call} answers one.
 */
public final class CallEvents {

	private CallEvents() {
	}

	public record CallSubmittedForApproval(String reference, String submittedBy, int round) {
	}

	public record CallSentBack(String reference, String reviewer, String comment, int round) {
	}

	public record CallApproved(String reference, String approver) {
	}

	public record CallPublished(String reference) {
	}

	public record CallClosed(String reference) {
	}

	public record CallEvaluationStarted(String reference, String officer) {
	}

	public record CallEvaluated(String reference) {
	}

	public record CallSelectionDecided(String reference) {
	}

}
