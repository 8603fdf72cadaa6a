package org.opencall.submissions;

import java.util.List;

import org.opencall.platform.FieldViolation;

/**
 * A proposal as its organisation works on it: the working copy, the version submitted
 * last (none before the first submission), whether the working copy changed since, and,
 * while it may still be changed, what keeps it from being submitted — all of it, and the
 * part that is against the call's rules.
 */
public record OwnProposal(SubmissionView workingCopy, SubmissionView submitted, boolean changedSinceSubmitted,
		List<FieldViolation> missingForSubmission, List<FieldViolation> againstCallRules) {

	public boolean isSubmittedOnce() {
		return this.submitted != null;
	}

	public boolean isReadyToSubmit() {
		return this.missingForSubmission.isEmpty();
	}

	/** The receipt of the version submitted last, or null. */
	public ReceiptView latestReceipt() {
		List<ReceiptView> receipts = this.workingCopy.receipts();
		return receipts.isEmpty() ? null : receipts.get(receipts.size() - 1);
	}

	/** The reason the call's rules give for the field, or null. */
	public String callRuleProblem(String field) {
		return this.againstCallRules.stream()
			.filter((v) -> v.field().equals(field))
			.map(FieldViolation::reason)
			.findFirst()
			.orElse(null);
	}

}
