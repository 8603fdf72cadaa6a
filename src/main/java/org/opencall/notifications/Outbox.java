package org.opencall.notifications;

import org.opencall.identity.Person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail leaves through the outbox: written in the same transaction as the change that
 * causes it, sent after commit. A rolled-back change sends nothing.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final MailDispatcher dispatcher;

	Outbox(JdbcClient jdbc, MailDispatcher dispatcher) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
	}

	/**
	 * A letter to a person, as every module writes it: the product's subject prefix, a
	 * greeting and a signature. Nothing is sent to someone without an address.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void mailTo(Person recipient, String idempotencyKey, String subject, String body) {
		if (recipient.email() == null || recipient.email().isBlank()) {
			return;
		}
		enqueue(new OutgoingMail(idempotencyKey, recipient.email(), "[Opencall] " + subject,
				"Dear " + recipient.displayName() + ",\n\n" + body + "\n\n-- \nOpencall"));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(OutgoingMail mail) {
		this.jdbc.sql("""
				insert into mail_outbox (idempotency_key, recipient, subject, body)
				values (:key, :recipient, :subject, :body)
				on conflict (idempotency_key) do nothing
				""")
			.param("key", mail.idempotencyKey())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.dispatcher.dispatchSoon();
			}
		});
	}

}
