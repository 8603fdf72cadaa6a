package org.opencall.calls;

/**
 * What happens to a call, past tense; other modules may listen.
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

	/** A challenge built from needs was taken out of a call being prepared. */
	public record CallChallengeDetached(String reference, java.util.UUID challengeId) {
	}

}
