package org.opencall.notifications;

import java.time.OffsetDateTime;

/**
 * A line of the outbox as administrators read it: where the mail stands, how often it was
 * tried, what the last attempt met and when.
 */
record OutboxMail(long id, String idempotencyKey, String recipient, String subject, String status, int attempts,
		String lastError, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt,
		OffsetDateTime sentAt) {

	static final String COLUMNS = "id, idempotency_key, recipient, subject, status, attempts, last_error, created_at,"
			+ " last_attempt_at, next_attempt_at, sent_at";

}
