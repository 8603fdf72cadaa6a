package org.opencall.needs;

/**
 * What happens to a need, past tense.
 */
public final class NeedEvents {

	private NeedEvents() {
	}

	public record NeedSubmitted(String reference) {
	}

	public record NeedClarificationRequested(String reference, int round) {
	}

	public record NeedClarified(String reference, int round) {
	}

	public record NeedValidated(String reference) {
	}

	public record NeedRejected(String reference) {
	}

	public record NeedMerged(String reference, String mergedInto) {
	}

}
