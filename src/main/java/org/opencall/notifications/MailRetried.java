package org.opencall.notifications;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * An administrator sent a failed mail back to the outbox, after fixing what kept it from
 * going out; the audit trail keeps who did it and what the mail had last met.
 *
 * @param mailId the outbox line
 * @param idempotencyKey the mail's key, which names what it is about
 * @param recipient the address
 * @param subject the subject line
 * @param failedAttempts how often it had been tried
 * @param lastError what the last attempt met
 * @param retriedBy the administrator
 */
public record MailRetried(long mailId, String idempotencyKey, String recipient, String subject, int failedAttempts,
		String lastError, String retriedBy) implements Audited {

	@Override
	public List<String> auditSubjects() {
		return List.of("mail:" + this.idempotencyKey);
	}

	@Override
	public String auditActor() {
		return this.retriedBy;
	}

}
