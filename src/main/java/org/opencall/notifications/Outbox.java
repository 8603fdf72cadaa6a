package org.opencall.notifications;

import java.util.List;

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
		mailTo(recipient, idempotencyKey, subject, body, List.of());
	}

	/**
	 * A letter to a person with files, such as an evaluation summary report.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void mailTo(Person recipient, String idempotencyKey, String subject, String body,
			List<MailAttachment> attachments) {
		if (recipient.email() == null || recipient.email().isBlank()) {
			return;
		}
		enqueue(new OutgoingMail(idempotencyKey, recipient.email(), "[Opencall] " + subject,
				"Dear " + recipient.displayName() + ",\n\n" + body + "\n\n-- \nOpencall"), attachments);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(OutgoingMail mail) {
		enqueue(mail, List.of());
	}

	/**
	 * A mail with files, in the order given. A key already in the outbox keeps its first
	 * mail and that mail's files; the files given again are dropped with the mail.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(OutgoingMail mail, List<MailAttachment> attachments) {
		List<MailAttachment> files = List.copyOf(attachments);
		this.jdbc.sql("""
				insert into mail_outbox (idempotency_key, recipient, subject, body)
				values (:key, :recipient, :subject, :body)
				on conflict (idempotency_key) do nothing
				returning id
				""")
			.param("key", mail.idempotencyKey())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.query(Long.class)
			.optional()
			.ifPresent((id) -> attach(id, files));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.dispatcher.dispatchSoon();
			}
		});
	}

	private void attach(long mailId, List<MailAttachment> files) {
		for (int position = 0; position < files.size(); position++) {
			MailAttachment file = files.get(position);
			this.jdbc.sql("""
					insert into mail_attachments (mail_id, position, file_name, content_type, content, size)
					values (:mail, :position, :name, :type, :content, :size)
					""")
				.param("mail", mailId)
				.param("position", position)
				.param("name", file.fileName())
				.param("type", file.contentType())
				.param("content", file.content())
				.param("size", file.size())
				.update();
		}
	}

}
