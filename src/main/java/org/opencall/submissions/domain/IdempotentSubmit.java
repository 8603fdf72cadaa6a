package org.opencall.submissions.domain;

import java.util.Objects;
import java.util.UUID;

import org.opencall.platform.IdempotencyKeyReusedException;
import org.opencall.platform.StateConflictException;

/**
 * The first use of a user's {@code Idempotency-Key}: the proposal it submitted, the
 * fingerprint of the content submitted (its content hash) and the receipt it got. Sent
 * again, the key replays that receipt for the same request only.
 */
public record IdempotentSubmit(UUID submissionId, String contentHash, String receiptNumber) {

	/**
	 * The receipt to answer a retry with; a retry that is another request is refused.
	 */
	public String replay(UUID submission, String content) {
		if (!this.submissionId.equals(submission)) {
			throw new IdempotencyKeyReusedException("This Idempotency-Key was already used to submit another proposal;"
					+ " send a new key with each new request");
		}
		if (!Objects.equals(this.contentHash, content)) {
			throw new IdempotencyKeyReusedException("This Idempotency-Key was already used to submit this proposal"
					+ " with other content; to submit its current content, send a new key");
		}
		if (this.receiptNumber == null) {
			throw new StateConflictException(
					"A request with this Idempotency-Key is still being processed; try again in a moment");
		}
		return this.receiptNumber;
	}

}
