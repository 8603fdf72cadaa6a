package org.opencall.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production run, as an operator starts it: {@code java -jar} without the demo
 * profile, on a database of an external PostgreSQL, mailing through a real SMTP server
 * (GreenMail, started here), the first administrator and the metrics scraper from the
 * settings. No demo data; the probes answer anyone, the rest only whom it is for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRunIT {

	private static final String ADMIN = "root";

	private static final String ADMIN_PASSWORD = "first-admin-" + System.nanoTime();

	private static final String SCRAPER = "prometheus";

	private static final String SCRAPER_PASSWORD = "scrape-" + System.nanoTime();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private GreenMail smtp;

	private ScratchDatabase database;

	private ApplicationNode node;

	@BeforeAll
	void startTheProductionRun() throws Exception {
		this.smtp = new GreenMail(new ServerSetup(ApplicationNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		this.smtp.start();
		this.database = ScratchDatabase.create("production");
		this.node = ApplicationNode.named("production")
			.with("spring.datasource.url", this.database.jdbcUrl())
			.with("spring.datasource.username", this.database.username())
			.with("opencall.mail.embedded-smtp.enabled", false)
			.with("spring.mail.host", "127.0.0.1")
			.with("spring.mail.port", this.smtp.getSmtp().getPort())
			.with("opencall.mail.from", "Opencall <calls@programme.example>")
			.with("camunda.bpm.admin-user.id", ADMIN)
			.with("camunda.bpm.admin-user.password", ADMIN_PASSWORD)
			.with("camunda.bpm.admin-user.email", "operator@programme.example")
			.with("opencall.metrics.scraper-username", SCRAPER)
			.with("opencall.metrics.scraper-password", SCRAPER_PASSWORD)
			.with("opencall.audit.signing-key", "production-run-signing-key-" + System.nanoTime())
			// this test reads no report; the templates compile on their first use
			.with("opencall.reports.compile-at-start", false)
			.start(Duration.ofMinutes(3));
		awaitReadiness(Duration.ofMinutes(1));
	}

	/** The load balancer's way: ready once started and set up, not merely listening. */
	private void awaitReadiness(Duration timeout) throws Exception {
		long until = System.nanoTime() + timeout.toNanos();
		while (get("/actuator/health/readiness", null, null).statusCode() != 200) {
			assertThat(System.nanoTime()).as("ready within " + timeout).isLessThan(until);
			Thread.sleep(250);
		}
	}

	@AfterAll
	void stop() {
		if (this.node != null) {
			this.node.stop();
		}
		if (this.database != null) {
			this.database.close();
		}
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void theProbesAnswerAnyoneWithTheirStatusOnly() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = get(probe, null, null);
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(JSON.readTree(answer.body()).get("status").asText()).isEqualTo("UP");
			assertThat(answer.body()).as(probe).doesNotContain("components", "details");
		}
	}

	@Test
	void theFullHealthShowsTheDatabaseTheMailServerAndTheJobExecutorToTheAdministratorOnly() throws Exception {
		assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health", SCRAPER, SCRAPER_PASSWORD).statusCode()).isEqualTo(403);

		HttpResponse<String> health = get("/actuator/health", ADMIN, ADMIN_PASSWORD);

		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		JsonNode components = JSON.readTree(health.body()).get("components");
		for (String component : new String[] { "db", "mail", "jobExecutor" }) {
			assertThat(components.path(component).path("status").asText()).as(component).isEqualTo("UP");
		}
		assertThat(components.path("jobExecutor").path("details").path("failedJobs").asLong()).isZero();
	}

	@Test
	void theFirstAdministratorLogsInWithHttpBasicAndOnTheLoginPage() throws Exception {
		HttpResponse<String> groups = get("/engine-rest/group?member=" + ADMIN, ADMIN, ADMIN_PASSWORD);
		assertThat(groups.statusCode()).isEqualTo(200);
		assertThat(groups.body()).contains("\"id\":\"admins\"");
		assertThat(get("/api/calls", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);

		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String loginPage = browser
			.send(HttpRequest.newBuilder(this.node.uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(this.node.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
					+ URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("/login"));
		HttpResponse<String> sentMail = browser.send(HttpRequest.newBuilder(this.node.uri("/admin/mail")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(sentMail.statusCode()).isEqualTo(200);
		HttpResponse<String> apiPage = browser.send(
				HttpRequest.newBuilder(this.node.uri("/swagger-ui/index.html")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(apiPage.statusCode()).isEqualTo(200);
	}

	@Test
	void noDemoUserCallOrProcessExists() throws Exception {
		JsonNode users = JSON.readTree(get("/engine-rest/user", ADMIN, ADMIN_PASSWORD).body());
		assertThat(users.findValuesAsText("id")).containsExactly(ADMIN);
		assertThat(get("/api/calls", null, null).body()).isEqualTo("[]");
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select (select count(*) from calls) + (select count(*) from organisations)"
							+ " + (select count(*) from programmes)")) {
			rows.next();
			assertThat(rows.getLong(1)).as("calls, organisations and programmes").isZero();
		}
	}

	@Test
	void theAdministratorSetsUpAnOfficerWhoseInvitationReachesTheMailServer() throws Exception {
		String officer = "olga" + (System.nanoTime() % 100_000);
		String created = send("POST", "/engine-rest/user/create", ADMIN, ADMIN_PASSWORD, """
				{"profile": {"id": "%s", "firstName": "Olga", "lastName": "Officer", "email": "%s@programme.example"},
				 "credentials": {"password": "officer-password"}}""".formatted(officer, officer)).statusCode() + "";
		assertThat(created).isEqualTo("204");
		assertThat(send("PUT", "/engine-rest/group/programme-officers/members/" + officer, ADMIN, ADMIN_PASSWORD, null)
			.statusCode()).isEqualTo(204);
		String expert = officer + "-expert@experts.example";

		HttpResponse<String> invited = send("POST", "/api/experts/invitations", officer, "officer-password",
				"{\"email\": \"" + expert + "\"}");

		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(202);
		assertThat(this.smtp.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 1)).isTrue();
		MimeMessage mail = this.smtp.getReceivedMessagesForDomain("experts.example")[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(expert);
		assertThat(mail.getSubject()).contains("Invitation to join the Opencall expert pool");
	}

	@Test
	void theScraperReadsTheMetricsAndNobodyElseWithoutALogin() throws Exception {
		assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", SCRAPER, "wrong").statusCode()).isEqualTo(401);

		HttpResponse<String> scrape = get("/actuator/prometheus", SCRAPER, SCRAPER_PASSWORD);

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Set-Cookie")).as("no session for the scraper").isEmpty();
		assertThat(scrape.body()).contains("opencall_tasks_open{", "opencall_mail_outbox{",
				"opencall_submissions_received_total", "opencall_jobs_failed", "opencall_incidents_open",
				"http_server_requests_seconds_bucket");
		assertThat(get("/actuator/metrics", SCRAPER, SCRAPER_PASSWORD).statusCode()).isEqualTo(403);
	}

	@Test
	void theApiDescriptionIsServedToItsUsers() throws Exception {
		assertThat(get("/v3/api-docs", null, null).statusCode()).isEqualTo(401);

		HttpResponse<String> description = get("/v3/api-docs", ADMIN, ADMIN_PASSWORD);

		assertThat(description.statusCode()).isEqualTo(200);
		JsonNode api = JSON.readTree(description.body());
		assertThat(api.path("paths").has("/api/calls")).isTrue();
		assertThat(api.path("components").path("schemas").has("ProblemDetail")).isTrue();
	}

	private HttpResponse<String> get(String path, String user, String password)
			throws IOException, InterruptedException {
		return send("GET", path, user, password, null);
	}

	private HttpResponse<String> send(String method, String path, String user, String password, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.node.uri(path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
