package org.opencall.notifications;

import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencall.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail outbox: written with the change, sent after commit, once per idempotency key.
 * A module test: the notifications module alone, on the embedded PostgreSQL, with a real
 * SMTP server.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class OutboxTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameIdempotencyKeySendsOneMailHoweverOftenItIsEnqueued() throws Exception {
		String key = "test:" + UUID.randomUUID();
		OutgoingMail mail = new OutgoingMail(key, "nora@uhospital.example", "Once " + key, "Only once.");
		this.transactions.executeWithoutResult((status) -> this.outbox.enqueue(mail));
		this.transactions.executeWithoutResult((status) -> this.outbox.enqueue(mail));

		awaitStatus(key, "SENT");
		Thread.sleep(1500); // one more dispatch round may pass: it must not send again
		assertThat(received("Once " + key)).hasSize(1);
		assertThat(received("Once " + key)[0].getHeader("X-Opencall-Idempotency-Key")).containsExactly(key);
		assertThat(rows(key)).isEqualTo(1);
	}

	@Test
	void aRolledBackChangeSendsNothing() throws Exception {
		String key = "test:" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.enqueue(new OutgoingMail(key, "nora@uhospital.example", "Never " + key, "Never sent."));
			status.setRollbackOnly();
		});
		Thread.sleep(1500);
		assertThat(rows(key)).isZero();
		assertThat(received("Never " + key)).isEmpty();
	}

	@Test
	void mailThatCannotBeSentStaysPendingForTheNextTry() throws Exception {
		String key = "test:" + UUID.randomUUID();
		smtp.stop();
		try {
			this.transactions.executeWithoutResult((status) -> this.outbox
				.enqueue(new OutgoingMail(key, "nora@uhospital.example", "Later " + key, "Retried.")));
			awaitAttempts(key, 1);
			assertThat(status(key)).isEqualTo("PENDING");
		}
		finally {
			smtp.start();
		}
		this.jdbc.sql("update mail_outbox set next_attempt_at = now() where idempotency_key = :key")
			.param("key", key)
			.update();
		awaitStatus(key, "SENT");
		assertThat(received("Later " + key)).hasSize(1);
	}

	private MimeMessage[] received(String subject) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return subject.equals(m.getSubject());
			}
			catch (Exception ex) {
				return false;
			}
		}).toArray(MimeMessage[]::new);
	}

	private int rows(String key) {
		return this.jdbc.sql("select count(*) from mail_outbox where idempotency_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	private String status(String key) {
		return this.jdbc.sql("select status from mail_outbox where idempotency_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

	private void awaitStatus(String key, String expected) throws InterruptedException {
		for (int i = 0; i < 100 && !expected.equals(status(key)); i++) {
			Thread.sleep(100);
		}
		assertThat(status(key)).isEqualTo(expected);
	}

	private void awaitAttempts(String key, int attempts) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			int made = this.jdbc.sql("select attempts from mail_outbox where idempotency_key = :key")
				.param("key", key)
				.query(Integer.class)
				.single();
			if (made >= attempts) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no send attempt for " + key);
	}

}
