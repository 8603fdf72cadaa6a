package org.opencall.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A mail the dispatcher gave up on (status FAILED after the last attempt the retry
 * schedule allows) is an incident for administrators: they read the outbox by status and,
 * once the cause is fixed (the SMTP server's settings, the recipient's address), send a
 * failed mail back to the outbox, where it starts its retry schedule again and is sent at
 * the next run. The retry is audited.
 */
@Component
class MailIncidents {

	private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final MailDispatcher dispatcher;

	private final ApplicationEventPublisher events;

	MailIncidents(JdbcClient jdbc, MailDispatcher dispatcher, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
		this.events = events;
	}

	/** The newest 200 mails with this status (PENDING, SENT or FAILED), or of any. */
	@Transactional(readOnly = true)
	List<OutboxMail> list(String status) {
		if (status == null || status.isBlank()) {
			return this.jdbc.sql("select " + OutboxMail.COLUMNS + " from mail_outbox order by id desc limit :limit")
				.param("limit", LIMIT)
				.query(OutboxMail.class)
				.list();
		}
		String wanted = status.trim().toUpperCase(Locale.ROOT);
		if (!STATUSES.contains(wanted)) {
			throw InvalidInputException.of("status", "must be PENDING, SENT or FAILED");
		}
		return this.jdbc
			.sql("select " + OutboxMail.COLUMNS
					+ " from mail_outbox where status = :status order by id desc limit :limit")
			.param("status", wanted)
			.param("limit", LIMIT)
			.query(OutboxMail.class)
			.list();
	}

	/**
	 * Sends a failed mail back to the outbox: pending, its attempts counted afresh, due
	 * now. Refused for a mail that is not failed: a pending one is tried anyway, a sent
	 * one went out.
	 */
	@Transactional
	OutboxMail retry(long id, String admin) {
		OutboxMail mail = this.jdbc.sql("select " + OutboxMail.COLUMNS + " from mail_outbox where id = :id for update")
			.param("id", id)
			.query(OutboxMail.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("There is no mail " + id + " in the outbox"));
		if (!"FAILED".equals(mail.status())) {
			throw new StateConflictException(
					"Mail " + id + " is " + words(mail.status()) + ": only a failed mail is retried");
		}
		this.jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now() where id = :id")
			.param("id", id)
			.update();
		this.events.publishEvent(new MailRetried(id, mail.idempotencyKey(), mail.recipient(), mail.subject(),
				mail.attempts(), mail.lastError(), admin));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				MailIncidents.this.dispatcher.dispatchSoon();
			}
		});
		return this.jdbc.sql("select " + OutboxMail.COLUMNS + " from mail_outbox where id = :id")
			.param("id", id)
			.query(OutboxMail.class)
			.single();
	}

	static String words(String status) {
		return switch (status) {
			case "PENDING" -> "waiting to be sent";
			case "SENT" -> "sent";
			default -> "failed";
		};
	}

}
