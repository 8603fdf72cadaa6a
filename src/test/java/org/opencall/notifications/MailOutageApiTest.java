package org.opencall.notifications;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.Problems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server goes away: the mails of a real action (a company inviting colleagues
 * through the API) wait in the outbox, are tried again on the retry schedule (10 s, then
 * 20 s, ...), and reach the server exactly once when it is back. A mail that keeps
 * failing is given up after its last attempt, an incident that administrators see on
 * their mail page and home page and in the API, and retry once the cause is fixed.
 * Instead of waiting for the schedule, the test makes this test's own mails due in the
 * database; other tests' mail is left alone and never counted.
 */
class MailOutageApiTest extends ApiTest {

	private static final String PASSWORD = "correct horse battery";

	private static final TypeReference<List<Map<String, Object>>> LIST_TYPE = new TypeReference<>() {
	};

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void serverBack() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
	}

	@Test
	void mailWaitsInTheOutboxWhileTheServerIsDownAndIsDeliveredOnceWhenItReturns() throws Exception {
		String member = registeredMember();
		smtp.stop();
		List<String> colleagues = List.of(member + ".one@outage.example", member + ".two@outage.example");
		colleagues
			.forEach((address) -> assertThat(invite(member, address).getStatusCode()).isEqualTo(HttpStatus.CREATED));

		// tried once after commit, refused, waiting for the first delay
		await().atMost(Duration.ofSeconds(20)).until(() -> attempted(colleagues, 1));
		for (Line line : lines(colleagues)) {
			assertThat(line.status()).isEqualTo("PENDING");
			assertThat(line.lastError()).contains("Connection refused").doesNotContain("Exception");
			assertThat(waitAfter(line)).isEqualTo(scheduled(line.attempts()));
		}

		// made due again: refused again, the wait doubled
		makeDue(colleagues);
		await().atMost(Duration.ofSeconds(20)).until(() -> attempted(colleagues, 2));
		for (Line line : lines(colleagues)) {
			assertThat(line.status()).isEqualTo("PENDING");
			assertThat(waitAfter(line)).isEqualTo(scheduled(line.attempts()))
				.isGreaterThanOrEqualTo(Duration.ofSeconds(20));
		}

		// the server is back: each mail arrives once, and a further run sends nothing
		smtp.start();
		makeDue(colleagues);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> lines(colleagues).stream().allMatch((line) -> "SENT".equals(line.status())));
		Thread.sleep(2500); // two more dispatch runs pass: none may send again
		for (Line line : lines(colleagues)) {
			assertThat(line.attempts()).as("two or more refused, the last taken").isGreaterThanOrEqualTo(3);
			List<MimeMessage> received = receivedBy(line.recipient());
			assertThat(received).as("mail to " + line.recipient()).hasSize(1);
			assertThat(received.get(0).getHeader("X-Opencall-Idempotency-Key")).containsExactly(line.idempotencyKey());
			assertThat(received.get(0).getMessageID())
				.contains(line.idempotencyKey().replaceAll("[^A-Za-z0-9.-]", "."));
		}
	}

	@Test
	void aMailThatKeepsFailingBecomesAnIncidentThatAnAdministratorRetries() throws Exception {
		String member = registeredMember();
		smtp.stop();
		String byApi = member + ".api@outage.example";
		String byPage = member + ".page@outage.example";
		List<String> both = List.of(byApi, byPage);
		both.forEach((address) -> invite(member, address));

		// tried until the schedule gives up: ten attempts, then FAILED
		for (int attempt = 1; attempt <= 10; attempt++) {
			int made = attempt;
			await().atMost(Duration.ofSeconds(20)).until(() -> attempted(both, made));
			makeDue(both);
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> lines(both).stream().allMatch((line) -> "FAILED".equals(line.status())));
		Thread.sleep(1500); // a failed mail is not tried again, however due it looks
		assertThat(lines(both)).allSatisfy((line) -> {
			assertThat(line.attempts()).isEqualTo(10);
			assertThat(line.lastError()).isNotBlank();
		});
		long apiId = lineOf(byApi).id();
		long pageId = lineOf(byPage).id();

		// administrators see it: the API, the mail page with its retry form, the home
		// page
		ResponseEntity<List<Map<String, Object>>> failed = list("admin", "/api/admin/mail?status=FAILED");
		assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> incident = failed.getBody()
			.stream()
			.filter((mail) -> byApi.equals(mail.get("recipient")))
			.findFirst()
			.orElseThrow();
		assertThat(incident).containsEntry("status", "FAILED")
			.containsEntry("attempts", 10)
			.containsKeys("id", "subject", "lastError", "lastAttemptAt", "createdAt");
		assertThat((String) incident.get("subject")).startsWith("[Opencall] Invitation to join");
		String page = session("admin").get("/admin/mail").getBody();
		assertThat(page).contains("Failed mail", byApi, byPage, "/admin/mail/" + apiId + "/retry", "name=\"_csrf\"");
		assertThat(session("admin").get("/").getBody()).contains("id=\"failed-mail\"", "Failed mail", byApi);

		// nobody else reads or retries it; auditors neither
		for (String user : List.of("aude", "olivia", "alice")) {
			assertThat(list(user, "/api/admin/mail?status=FAILED").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(this.api.post(user, "/api/admin/mail/" + apiId + "/retry", null).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(lineOf(byApi).status()).isEqualTo("FAILED");

		// the cause fixed (the server back), one retried through the API, one on the page
		smtp.start();
		ResponseEntity<Map<String, Object>> retried = this.api.post("admin", "/api/admin/mail/" + apiId + "/retry",
				null);
		assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(retried.getBody()).containsEntry("status", "PENDING").containsEntry("attempts", 0);
		ResponseEntity<String> pageRetry = session("admin").post("/admin/mail/" + pageId + "/retry", Map.of());
		assertThat(pageRetry.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(pageRetry.getHeaders().getLocation().getPath()).isEqualTo("/admin/mail");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> lines(both).stream().allMatch((line) -> "SENT".equals(line.status())));
		Thread.sleep(1500);
		assertThat(receivedBy(byApi)).hasSize(1);
		assertThat(receivedBy(byPage)).hasSize(1);

		// the retries are in the audit trail, as the administrator's
		assertThat(this.jdbc.sql("""
				select count(*) from audit_records where kind = 'MailRetried' and actor = 'admin'
				and (:api = any(subjects) or :page = any(subjects))
				""")
			.param("api", "mail:" + lineOf(byApi).idempotencyKey())
			.param("page", "mail:" + lineOf(byPage).idempotencyKey())
			.query(Integer.class)
			.single()).isEqualTo(2);

		// a mail that is not failed, and one that does not exist: refused in words
		ResponseEntity<Map<String, Object>> again = this.api.post("admin", "/api/admin/mail/" + apiId + "/retry", null);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) again.getBody().get("detail")).contains("is sent: only a failed mail is retried");
		ResponseEntity<Map<String, Object>> unknown = this.api.post("admin", "/api/admin/mail/999999999/retry", null);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) unknown.getBody().get("detail")).contains("There is no mail 999999999");
		ResponseEntity<Map<String, Object>> badStatus = this.api.get("admin", "/api/admin/mail?status=LOST");
		assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(badStatus)).containsExactly("status");
		assertThat(session("admin").post("/admin/mail/" + pageId + "/retry", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	private String registeredMember() {
		String user = "outage" + System.nanoTime() % 10_000_000;
		Map<String, Object> company = new HashMap<>(Map.of("organisationName", "Outage Labs " + user, "country", "PT",
				"organisationType", "SME", "registrationNumber", "PT-" + user, "userId", user, "firstName", "Test",
				"lastName", "Person", "email", user + "@outage.example", "password", PASSWORD));
		assertThat(this.api.post(null, "/api/registrations", company).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return user;
	}

	private ResponseEntity<Map<String, Object>> invite(String member, String address) {
		return this.http.withBasicAuth(member, PASSWORD)
			.exchange("/api/organisations/mine/invitations", HttpMethod.POST,
					new HttpEntity<>(Map.of("email", address)), new ParameterizedTypeReference<Map<String, Object>>() {
					});
	}

	private ResponseEntity<List<Map<String, Object>>> list(String user, String path) throws Exception {
		ResponseEntity<String> answer = this.http.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.GET, null, String.class);
		List<Map<String, Object>> body = answer.getStatusCode().is2xxSuccessful()
				? new ObjectMapper().readValue(answer.getBody(), LIST_TYPE) : null;
		if (!answer.getStatusCode().is2xxSuccessful() && answer.getStatusCode() != HttpStatus.FORBIDDEN) {
			throw new AssertionError(path + " as " + user + ": " + answer.getStatusCode() + " " + answer.getBody());
		}
		return ResponseEntity.status(answer.getStatusCode()).body(body);
	}

	private List<Line> lines(List<String> recipients) {
		return this.jdbc.sql("""
				select id, idempotency_key, recipient, status, attempts, last_error, last_attempt_at, next_attempt_at
				from mail_outbox where recipient in (:recipients) order by id
				""").param("recipients", recipients).query(Line.class).list();
	}

	private Line lineOf(String recipient) {
		return lines(List.of(recipient)).get(0);
	}

	private boolean attempted(List<String> recipients, int attempts) {
		List<Line> lines = lines(recipients);
		return lines.size() == recipients.size() && lines.stream().allMatch((line) -> line.attempts() >= attempts);
	}

	/** The wait the outbox set after the last attempt, to the second. */
	private static Duration waitAfter(Line line) {
		long millis = Duration.between(line.lastAttemptAt(), line.nextAttemptAt()).toMillis();
		return Duration.ofSeconds(Math.round(millis / 1000.0));
	}

	/**
	 * The default retry schedule: 10 s after the first failure, doubled after each
	 * further one.
	 */
	private static Duration scheduled(int attempts) {
		return Duration.ofSeconds(10L << (attempts - 1));
	}

	private void makeDue(List<String> recipients) {
		this.jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient in (:recipients)")
			.param("recipients", recipients)
			.update();
	}

	private List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((message) -> recipient.equals(Mailbox.recipient(message)))
			.toList();
	}

	record Line(long id, String idempotencyKey, String recipient, String status, int attempts, String lastError,
			OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt) {
	}

}
