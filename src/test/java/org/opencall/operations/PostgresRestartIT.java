package org.opencall.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under load and starts again: while it is down every request that needs
 * it fails within the pool's connection timeout with a 503 in words — a problem body on
 * the JSON APIs, the error page on pages and at the login — never a 500 or a hang; once
 * it is back the same node serves again without a restart, and the job executor fires the
 * timer that fell due during the outage.
 */
class PostgresRestartIT {

	private static final Duration OUTAGE = Duration.ofSeconds(25);

	/** The pool's connection timeout (5 s) and room for a loaded machine. */
	private static final Duration LONGEST_ANSWER = Duration.ofSeconds(15);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final int postgresPort = ApplicationNode.freePort();

	private final Path dataDirectory = Path.of("target", "it-postgres", "restart-" + UUID.randomUUID())
		.toAbsolutePath();

	private EmbeddedPostgres postgres;

	private ApplicationNode node;

	@AfterEach
	void stopAll() throws IOException {
		if (this.node != null) {
			this.node.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	@Test
	void requestsAnswerServiceUnavailableWhileThePostgresIsDownAndTheNodeRecoversByItself() throws Exception {
		this.postgres = startPostgres();
		this.node = ApplicationNode.named("postgres-restart")
			.onDatabase("jdbc:postgresql://localhost:" + this.postgresPort + "/postgres", "postgres")
			.withDemoCastOnly()
			.with("camunda.bpm.job-execution.max-wait", 2000)
			.start(Duration.ofMinutes(3));
		SeededDemoCast.await(() -> this.postgres.getPostgresDatabase().getConnection(), Duration.ofSeconds(90));
		NodeApi api = NodeApi.of(this.node);
		int logBefore = this.node.log().length();
		CallOpenedThroughApi.expect(api.get("alice", "/api/submissions/mine"), 200);
		String call = CallOpenedThroughApi.schedule(api, "PGR-" + (System.nanoTime() % 100_000),
				Duration.ofSeconds(30));
		assertThat(CallOpenedThroughApi.status(api, call)).isEqualTo("SCHEDULED");
		// its opening timer falls due while PostgreSQL is down
		Duration beforeOpening = Duration.between(Instant.now(), CallOpenedThroughApi.opensAt(api, call));
		assertThat(beforeOpening).isGreaterThan(Duration.ofSeconds(3));
		Thread.sleep(beforeOpening.minusSeconds(3).toMillis());

		this.postgres.close();
		this.postgres = null;
		List<Answer> answers = loadDuring(OUTAGE);
		this.postgres = startPostgres();

		assertThat(answers).hasSizeGreaterThan(12);
		assertThat(answers).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
			assertThat(answer.retryAfter()).as(answer.toString()).isEqualTo("30");
			assertThat(answer.took()).as(answer.toString()).isLessThan(LONGEST_ANSWER);
			assertThat(answer.body()).as(answer.toString())
				.contains("cannot reach its database just now")
				.doesNotContain("SQLException", "org.postgresql", "org.camunda", "ENGINE-", "Hikari");
		});
		assertThat(answers).filteredOn((answer) -> answer.what().startsWith("api"))
			.isNotEmpty()
			.allSatisfy((answer) -> assertThat(NodeApi.json(answer.response())).as(answer.toString())
				.containsEntry("type", "/problems/unavailable")
				.containsEntry("status", 503)
				.containsEntry("title", "Temporarily unavailable"));
		assertThat(answers).extracting(Answer::what)
			.contains("api as alice", "api as david", "public api", "engine-rest", "public page", "login");

		Instant restarted = Instant.now();
		awaitServing(api, Duration.ofSeconds(90));
		System.out.printf("Outage: %d answers, slowest %d ms; serving again %d ms after PostgreSQL was back%n",
				answers.size(), answers.stream().mapToLong((a) -> a.took().toMillis()).max().orElse(0),
				Duration.between(restarted, Instant.now()).toMillis());
		CallOpenedThroughApi.awaitOpen(api, call, Duration.ofSeconds(90));
		// and takes writes again: a proposal drafted on the call the timer opened
		CallOpenedThroughApi.expect(
				api.post("alice", "/api/submissions",
						Map.of("call", call, "challenge", CallOpenedThroughApi.CHALLENGE, "title", "After the outage")),
				201);
		assertThat(this.node.isAlive()).isTrue();
		String log = this.node.log().substring(logBefore);
		assertThat(log).contains("answered 503, the database is unavailable").doesNotContain("Unexpected failure");
	}

	private EmbeddedPostgres startPostgres() throws IOException {
		Files.createDirectories(this.dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			// keeps the data between this test's stops and starts
			.setCleanDataDirectory(false)
			.setPort(this.postgresPort)
			.setServerConfig("max_connections", "100")
			.start();
	}

	/** Requests of every kind from several clients at once, for the given time. */
	private List<Answer> loadDuring(Duration outage) throws Exception {
		List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
		Instant until = Instant.now().plus(outage);
		List<Request> requests = List.of(
				new Request("api as alice", (api) -> api.get("alice", "/api/submissions/mine")),
				// not logged in lately: authenticating reads the engine's identity tables
				new Request("api as david", (api) -> api.get("david", "/api/submissions/mine")),
				new Request("public api", (api) -> api.get(null, "/api/calls")),
				new Request("engine-rest", (api) -> api.get("olivia", "/engine-rest/task?assignee=eva")),
				new Request("public page", (api) -> page("/calls")), new Request("login", (api) -> formLogin("carla")));
		NodeApi api = NodeApi.of(this.node);
		ExecutorService clients = Executors.newFixedThreadPool(requests.size());
		List<Future<Void>> running = new ArrayList<>();
		for (Request request : requests) {
			running.add(clients.submit(() -> {
				while (Instant.now().isBefore(until)) {
					Instant start = Instant.now();
					HttpResponse<String> response = request.send().apply(api);
					answers.add(new Answer(request.what(), response, Duration.between(start, Instant.now())));
				}
				return null;
			}));
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(outage.plus(NodeApi.TIMEOUT).toSeconds() + 10, TimeUnit.SECONDS)).isTrue();
		for (Future<Void> client : running) {
			// a request that hung past its timeout or failed fails the test here
			client.get();
		}
		return List.copyOf(answers);
	}

	private HttpResponse<String> page(String path) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		return browser.send(HttpRequest.newBuilder(this.node.uri(path))
			.timeout(NodeApi.TIMEOUT)
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The login page's form, as a browser sends it (session cookie and CSRF token). */
	private HttpResponse<String> formLogin(String user) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.cookieHandler(new CookieManager())
			.build();
		HttpResponse<String> loginPage = browser.send(
				HttpRequest.newBuilder(this.node.uri("/login")).timeout(NodeApi.TIMEOUT).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (loginPage.statusCode() == 503) {
			// the session that would hold the form's CSRF token lives in the database
			return loginPage;
		}
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).as("login page with its CSRF token: %s", loginPage.body()).isTrue();
		String form = "username=" + user + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(this.node.uri("/login"))
			.timeout(NodeApi.TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitServing(NodeApi api, Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (true) {
			HttpResponse<String> mine = api.get("alice", "/api/submissions/mine");
			if (mine.statusCode() == 200) {
				return;
			}
			assertThat(mine.statusCode()).as("while reconnecting: %s", mine.body()).isEqualTo(503);
			assertThat(Instant.now()).as("serving again within %s", timeout).isBefore(until);
			Thread.sleep(500);
		}
	}

	private record Request(String what, Send send) {
	}

	@FunctionalInterface
	private interface Send {

		HttpResponse<String> apply(NodeApi api) throws IOException, InterruptedException;

	}

	private record Answer(String what, HttpResponse<String> response, Duration took) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		String retryAfter() {
			return this.response.headers().firstValue("Retry-After").orElse(null);
		}

		@Override
		public String toString() {
			return this.what + " answered " + status() + " after " + this.took.toMillis() + " ms: "
					+ body().substring(0, Math.min(300, body().length()));
		}

	}

}
