package org.opencall.needs.domain;

/**
 * What happens to a need, past tense: its submission and each transition of {@link Need}.
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
