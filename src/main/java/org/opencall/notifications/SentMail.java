package org.opencall.notifications;

import java.time.OffsetDateTime;

/**
 * A line of the outbox as the mail page shows it; {@code attachments} names its files, or
 * is null.
 */
record SentMail(String idempotencyKey, String recipient, String subject, String body, String status, int attempts,
		OffsetDateTime createdAt, OffsetDateTime sentAt, String lastError, String attachments) {
}
