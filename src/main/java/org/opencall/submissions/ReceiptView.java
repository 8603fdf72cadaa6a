package org.opencall.submissions;

import java.time.Instant;

import org.opencall.submissions.domain.Receipt;

/**
 * The proof of a submission: its number, the server time and the SHA-256 of what was
 * submitted.
 */
public record ReceiptView(String receiptNumber, String submission, int version, Instant submittedAt,
		String contentHash) {

	static ReceiptView of(Receipt receipt) {
		return new ReceiptView(receipt.receiptNumber(), receipt.submission(), receipt.version(), receipt.submittedAt(),
				receipt.contentHash());
	}

}
