package org.opencall.notifications;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencall.Mailbox;
import org.opencall.TestSmtp;
import org.opencall.identity.Person;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files on outbox mail: stored with the mail in the caller's transaction, sent as
 * multipart with their exact bytes, once per idempotency key. The same module test
 * context as {@link OutboxTest}.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class OutboxAttachmentsTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SentMailController sentMail;

	@Test
	void aMailWithAReportArrivesWithTheReportsNameTypeAndExactBytes() throws Exception {
		String key = "test:" + UUID.randomUUID();
		// larger than a chunk the dispatcher reads, and not a multiple of it
		MailAttachment report = new MailAttachment("Évaluation – OC-2027-001.pdf", "application/pdf",
				pdf(2 * 1024 * 1024 + 12345));
		MailAttachment scores = new MailAttachment("scores.csv", "text/csv",
				"criterion,score\nImpact,4.5\n".getBytes(StandardCharsets.UTF_8));
		this.transactions.executeWithoutResult((status) -> this.outbox.mailTo(nora(), key, "Result " + key,
				"Your proposal's evaluation summary report is attached.", List.of(report, scores)));

		MimeMessage mail = sent(key, "[Opencall] Result " + key);
		assertThat(mail.getContentType()).startsWith("multipart/mixed");
		List<Part> files = attachments(mail);
		assertThat(files).extracting(Part::getFileName).containsExactly(report.fileName(), "scores.csv");
		assertThat(files.get(0).getContentType()).startsWith("application/pdf");
		assertThat(files.get(0).getInputStream().readAllBytes()).isEqualTo(report.content());
		assertThat(files.get(1).getContentType()).startsWith("text/csv");
		assertThat(files.get(1).getInputStream().readAllBytes()).isEqualTo(scores.content());
		assertThat(text(mail)).contains("Dear Nora Ahmed,", "evaluation summary report is attached");
	}

	@Test
	void aMailWithoutFilesStaysPlainText() throws Exception {
		String key = "test:" + UUID.randomUUID();
		this.transactions
			.executeWithoutResult((status) -> this.outbox.mailTo(nora(), key, "Plain " + key, "No files."));

		MimeMessage mail = sent(key, "[Opencall] Plain " + key);
		assertThat(mail.getContentType()).startsWith("text/plain");
		assertThat(mail.getContent()).asString().contains("No files.");
	}

	@Test
	void theSameIdempotencyKeyDuplicatesNeitherTheMailNorItsFiles() throws Exception {
		String key = "test:" + UUID.randomUUID();
		OutgoingMail once = new OutgoingMail(key, "nora@uhospital.example", "Once " + key, "Only once.");
		this.transactions.executeWithoutResult((status) -> this.outbox.enqueue(once, List.of(esr("first.pdf"))));
		this.transactions
			.executeWithoutResult((status) -> this.outbox.enqueue(once, List.of(esr("second.pdf"), esr("third.pdf"))));

		assertThat(attachments(sent(key, "Once " + key))).extracting(Part::getFileName).containsExactly("first.pdf");
		assertThat(this.jdbc.sql("""
				select count(*) from mail_attachments a join mail_outbox m on m.id = a.mail_id
				where m.idempotency_key = :key
				""").param("key", key).query(Integer.class).single()).isEqualTo(1);
		Thread.sleep(1500); // one more dispatch round may pass: it must not send again
		assertThat(received("Once " + key)).hasSize(1);
	}

	@Test
	void aRolledBackChangeStoresAndSendsNothing() throws Exception {
		String key = "test:" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.enqueue(new OutgoingMail(key, "nora@uhospital.example", "Never " + key, "Never sent."),
					List.of(esr(key + ".pdf")));
			status.setRollbackOnly();
		});

		Thread.sleep(1500);
		assertThat(this.jdbc.sql("select count(*) from mail_attachments where file_name = :name")
			.param("name", key + ".pdf")
			.query(Integer.class)
			.single()).isZero();
		assertThat(received("Never " + key)).isEmpty();
	}

	@Test
	void theMailPageNamesAMailsFiles() throws Exception {
		String key = "test:" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.outbox.enqueue(
				new OutgoingMail(key, "nora@uhospital.example", "Listed " + key, "Two files."), List.of(esr("esr.pdf"),
						new MailAttachment("annex.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))));

		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(this.sentMail.sentMail(model)).isEqualTo("admin/mail");
		assertThat((List<?>) model.get("mails")).map(SentMail.class::cast)
			.filteredOn((line) -> line.idempotencyKey().equals(key))
			.singleElement()
			.extracting(SentMail::attachments)
			.isEqualTo("esr.pdf, annex.csv");
		sent(key, "Listed " + key);
	}

	private static Person nora() {
		return new Person("nora", "Nora", "Ahmed", "nora@uhospital.example");
	}

	private static MailAttachment esr(String fileName) {
		return new MailAttachment(fileName, "application/pdf", pdf(2048));
	}

	private static byte[] pdf(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
		return bytes;
	}

	private static List<MimeMessage> received(String subject) {
		return Mailbox.await(smtp, subject::equals, 0);
	}

	/**
	 * The one mail with the subject, once the outbox recorded it sent: the server sees
	 * the mail before the dispatcher hears it was taken, and the next test restarts the
	 * server.
	 */
	private MimeMessage sent(String key, String subject) throws InterruptedException {
		for (int i = 0; i < 100 && !"SENT".equals(status(key)); i++) {
			Thread.sleep(100);
		}
		assertThat(status(key)).isEqualTo("SENT");
		List<MimeMessage> received = received(subject);
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	private String status(String key) {
		return this.jdbc.sql("select status from mail_outbox where idempotency_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

	private static List<Part> attachments(Part part) throws Exception {
		List<Part> found = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				found.addAll(attachments(multipart.getBodyPart(i)));
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			found.add(part);
		}
		return found;
	}

	private static String text(Part part) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return part.isMimeType("text/plain") && part.getDisposition() == null ? part.getContent().toString() : "";
	}

}
