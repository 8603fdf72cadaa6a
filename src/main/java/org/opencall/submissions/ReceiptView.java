package org.opencall.submissions;

import java.io.Serializable;
import java.time.Instant;

import org.opencall.submissions.domain.Receipt;

/**
 * The proof of a submission: its number, the server time and the SHA-256 of what was
 * submitted. Serializable: the submit page hands it to the next page as a flash
 * attribute, which is held in the session, and sessions are stored in the database.
 */
public record ReceiptView(String receiptNumber, String submission, int version, Instant submittedAt,
		String contentHash) implements Serializable {

	static ReceiptView of(Receipt receipt) {
		return new ReceiptView(receipt.receiptNumber(), receipt.submission(), receipt.version(), receipt.submittedAt(),
				receipt.contentHash());
	}

}
