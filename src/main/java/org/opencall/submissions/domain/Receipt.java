package org.opencall.submissions.domain;

import java.time.Instant;

/**
 * The proof of a submission: its number, the server time and the hash of what was
 * submitted.
 */
public record Receipt(String receiptNumber, String submission, int version, Instant submittedAt, String contentHash) {
}
