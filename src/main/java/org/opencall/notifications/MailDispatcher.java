package org.opencall.notifications;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mail. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so that
 * several nodes on one database send each mail once; a failed send is retried with a
 * growing delay ({@link MailRetrySchedule}) until it is given up as failed, an incident
 * for administrators ({@link MailIncidents}). The Message-ID derives from the idempotency
 * key, so a receiver can drop the rare duplicate of a node that stopped between sending
 * and recording it. A mail with files goes as multipart; its files are read from the
 * outbox while it is written.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JavaMailSender sender;

	private final String from;

	private final MailRetrySchedule retries;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mail-dispatcher");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	MailDispatcher(JdbcClient jdbc, TransactionTemplate transactions, JavaMailSender sender,
			@Value("${opencall.mail.from}") String from,
			@Value("${opencall.mail.retry.first-delay:PT10S}") Duration firstDelay,
			@Value("${opencall.mail.retry.max-delay:PT1H}") Duration maxDelay,
			@Value("${opencall.mail.retry.max-attempts:10}") int maxAttempts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sender = sender;
		this.from = from;
		this.retries = new MailRetrySchedule(firstDelay, maxDelay, maxAttempts);
	}

	/** Asks for a dispatch run without waiting for it; runs collapse into one. */
	void dispatchSoon() {
		if (this.queued.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				this.queued.set(false);
				dispatchDue();
			});
		}
	}

	@Scheduled(fixedDelayString = "${opencall.mail.retry-interval:PT5S}")
	void dispatchDue() {
		try {
			while (Boolean.TRUE.equals(this.transactions.execute((status) -> sendBatch()))) {
				// another full batch may be waiting
			}
		}
		catch (RuntimeException ex) {
			log.warn("Mail dispatch interrupted; it resumes at the next run", ex);
		}
	}

	private boolean sendBatch() {
		List<PendingMail> due = this.jdbc.sql("""
				select id, idempotency_key, recipient, subject, body, attempts,
				exists (select 1 from mail_attachments a where a.mail_id = m.id) as attached
				from mail_outbox m where status = 'PENDING' and next_attempt_at <= now()
				order by id limit :batch for update skip locked
				""").param("batch", BATCH).query(PendingMail.class).list();
		due.forEach(this::send);
		return due.size() == BATCH;
	}

	private void send(PendingMail mail) {
		try {
			List<StoredAttachment> files = mail.attached() ? StoredAttachment.of(this.jdbc, mail.id()) : List.of();
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.body());
			for (StoredAttachment file : files) {
				helper.addAttachment(file.getName(), file);
			}
			message.saveChanges();
			message.setHeader("Message-ID",
					"<" + mail.idempotencyKey().replaceAll("[^A-Za-z0-9.-]", ".") + "@opencall>");
			message.setHeader("X-Opencall-Idempotency-Key", mail.idempotencyKey());
			this.sender.send(message);
			this.jdbc
				.sql("update mail_outbox set status = 'SENT', sent_at = now(), last_attempt_at = now(),"
						+ " attempts = attempts + 1, last_error = null where id = :id")
				.param("id", mail.id())
				.update();
		}
		catch (Exception ex) {
			int attempts = mail.attempts() + 1;
			boolean givenUp = this.retries.givesUpAfter(attempts);
			this.jdbc.sql("""
					update mail_outbox set attempts = :attempts, status = :status, last_error = :error,
					last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => :delay) where id = :id
					""")
				.param("attempts", attempts)
				.param("status", givenUp ? "FAILED" : "PENDING")
				.param("error", MailError.of(ex))
				.param("delay", this.retries.delayAfter(attempts).toMillis() / 1000.0)
				.param("id", mail.id())
				.update();
			if (givenUp) {
				log.warn("Mail {} to {} failed after {} attempts, for an administrator to retry: {}",
						mail.idempotencyKey(), mail.recipient(), attempts, MailError.of(ex));
			}
			else {
				log.info("Mail {} not sent (attempt {}): {}", mail.idempotencyKey(), attempts, MailError.of(ex));
			}
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	record PendingMail(long id, String idempotencyKey, String recipient, String subject, String body, int attempts,
			boolean attached) {
	}

}
