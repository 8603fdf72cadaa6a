package org.opencall.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencall.evaluation.EngineTasks;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencall.BasicClient;
import org.opencall.Multipart;
import org.opencall.calls.CallFixtures;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the packaged application on one PostgreSQL, both with the job executor on
 * (the engine's homogeneous cluster), behind HAProxy with round-robin and no stickiness.
 * Through the balancer a call goes from its drafting to its evaluation's end: approved by
 * a second officer, opened and closed by its timers at its own dates (a minute apart),
 * two proposals submitted (each directly on a node of its own), found eligible, four
 * experts invited and accepting, the optimal assignment confirmed, each expert declaring
 * no conflict, reminded to score (the reminder timers, due days after assignment, are
 * brought forward in the database, as an operator would with the engine's job due date)
 * and scoring, and the consensus drafted, agreed and approved. Then: every timer fired
 * once, every mail went out once, each expert's task of each proposal exists once and was
 * completed once, and a login made through the balancer holds on either node.
 */
class ClusterIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	private static final Duration START = Duration.ofMinutes(3);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(ApplicationNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static ScratchDatabase database;

	static ApplicationNode a;

	static ApplicationNode b;

	static LoadBalancer balancer;

	static BasicClient api;

	static ClusterRecords records;

	@BeforeAll
	static void cluster() {
		database = ScratchDatabase.create("cluster");
		records = new ClusterRecords(database);
		// one after the other: the first creates the schemas and seeds the demo cast
		a = node("node-a").start(START);
		b = node("node-b").start(START);
		balancer = LoadBalancer.over(List.of(a, b), Duration.ofSeconds(30));
		api = new BasicClient(balancer.port());
	}

	@AfterAll
	static void stop() {
		if (balancer != null) {
			balancer.close();
		}
		for (ApplicationNode node : new ApplicationNode[] { a, b }) {
			if (node != null) {
				node.stop();
			}
		}
		if (database != null) {
			database.close();
		}
	}

	private static ApplicationNode node(String name) {
		return ApplicationNode.named(name)
			.onDatabase(database.jdbcUrl(), database.username())
			.withDemoCastOnly()
			.with("spring.mail.host", "127.0.0.1")
			.with("spring.mail.port", smtp.getSmtp().getPort())
			.with("opencall.mail.retry-interval", "PT1S")
			.with("server.forward-headers-strategy", "native")
			// each node names itself in the engine's job log
			.with("camunda.bpm.generic-properties.properties.hostname", name)
			// an idle node looks for due jobs at least every two seconds
			.with("camunda.bpm.job-execution.max-wait", 2000)
			.with("camunda.bpm.job-execution.wait-time-in-millis", 1000);
	}

	@Test
	void aCallRunsFromPublicationThroughEvaluationAcrossTwoNodes() throws Exception {
		String call = CallFixtures.newReference();
		LocalDateTime opening = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(40);
		LocalDateTime deadline = opening.plusSeconds(70);
		Map<String, Object> draft = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, call);
		draft.put("opening", opening.toString());
		draft.put("deadline", deadline.toString());
		draft.put("timeZone", "UTC");
		ok(api.json("olivia", "POST", "/api/calls", JSON.writeValueAsString(draft)));
		ok(api.json("olivia", "POST", "/api/calls/" + call + "/submission", null));
		ok(api.json("oscar", "POST", "/api/calls/" + call + "/review", "{\"decision\":\"approve\"}"));

		awaitCallStatus(call, "OPEN", Duration.ofSeconds(90));
		for (Map<String, Object> invitation : list(ok(api.json("olivia", "POST", "/api/calls/" + call + "/experts",
				JSON.writeValueAsString(Map.of("experts", EXPERTS)))))) {
			String expert = (String) invitation.get("expert");
			complete(expert, onlyTask(expert, "assignee", (String) invitation.get("id")), Map.of("decision", "accept"));
		}
		// each proposal through a node of its own, so that both nodes' job executors
		// hear of a new job: the balancer's strict turns can send every request that
		// makes a job to one node, as the test's requests come in pairs (find a task,
		// complete it)
		List<String> proposals = List.of(submitted("alice", call, new BasicClient(a.port())),
				submitted("bob", call, new BasicClient(b.port())));

		awaitCallStatus(call, "CLOSED", Duration.ofSeconds(120));
		for (String proposal : proposals) {
			eventually("eligibility of " + proposal, Duration.ofSeconds(60), () -> api.json("oscar", "POST",
					"/api/submissions/" + proposal + "/eligibility", "{\"eligible\":true}"));
		}
		Map<String, Object> assignment = map(eventually("assignment", Duration.ofSeconds(60),
				() -> api.json("olivia", "POST", "/api/calls/" + call + "/assignment", null)));
		ok(api.json("olivia", "POST", "/api/calls/" + call + "/assignment/confirmation", null));
		Map<String, List<String>> experts = new LinkedHashMap<>();
		for (Map<String, Object> seat : list(assignment.get("proposals"))) {
			experts.put((String) seat.get("reference"),
					list(seat.get("experts")).stream().map((e) -> (String) e.get("expert")).toList());
		}
		assertThat(experts.keySet()).containsExactlyInAnyOrderElementsOf(proposals);

		for (String proposal : proposals) {
			for (String expert : experts.get(proposal)) {
				complete(expert, awaitTask(expert, proposal, "Task_DeclareConflicts"),
						Map.of("declaration", "noConflict"));
			}
		}
		for (String proposal : proposals) {
			for (String expert : experts.get(proposal)) {
				awaitTask(expert, proposal, "Task_ScoreSubmission");
			}
		}
		int reminders = records.bringRemindersForward(proposals);
		assertThat(reminders).isEqualTo(6);
		records.awaitCount("reminders sent", Duration.ofSeconds(60), 6,
				"select count(*) from act_hi_actinst where act_id_ = 'Task_RemindExpert' and end_time_ is not null");

		for (String proposal : proposals) {
			for (String expert : experts.get(proposal)) {
				complete(expert, awaitTask(expert, proposal, "Task_ScoreSubmission"),
						EngineTasks.scores("4", "Convincing"));
			}
		}
		for (String proposal : proposals) {
			finishConsensus(proposal, experts.get(proposal));
		}
		awaitCallStatus(call, "EVALUATED", Duration.ofSeconds(60));

		records.everyTimerFiredOnce();
		records.everyMailWentOutOnce(smtp);
		records.eachTaskExistsOnceAndWasCompletedOnce(proposals, experts);
		records.bothNodesExecutedJobs();
	}

	@Test
	void aLoginThroughTheBalancerHoldsOnEitherNode() throws Exception {
		String session = logIn("olivia");
		for (ApplicationNode node : List.of(a, b, a, b)) {
			HttpResponse<String> home = get(node.uri("/officer/calls"), session);
			assertThat(home.statusCode()).as("olivia's calls on " + node.name()).isEqualTo(200);
			assertThat(home.body()).doesNotContain("<h1>Log in</h1>");
		}
		HttpResponse<String> nobody = get(a.uri("/officer/calls"), null);
		assertThat(nobody.statusCode()).as("without the cookie").isEqualTo(302);
		assertThat(nobody.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void aPageRequestCostsTheSessionStoreOneRowUpdateAndNoInsert() throws Exception {
		String session = logIn("alice");
		// PostgreSQL publishes a connection's table statistics once it is idle for a
		// while
		Thread.sleep(12_000);
		Map<String, Long> before = records.sessionTableActivity();
		int requests = 40;
		for (int i = 0; i < requests; i++) {
			assertThat(get(balancer.uri("/submissions"), session).statusCode()).isEqualTo(200);
		}
		// PostgreSQL publishes a connection's table statistics once it is idle for a
		// while
		Thread.sleep(12_000);
		Map<String, Long> after = records.sessionTableActivity();
		Map<String, Double> perRequest = new LinkedHashMap<>();
		after.forEach((key, value) -> perRequest.put(key, (value - before.get(key)) / (double) requests));
		System.out.println("Session store per page request: " + perRequest);
		assertThat(perRequest.get("spring_session.n_tup_upd")).as("last access time written").isBetween(0.9, 1.2);
		assertThat(perRequest.get("spring_session.n_tup_ins")).isLessThan(0.1);
		assertThat(perRequest.get("spring_session_attributes.n_tup_ins")
				+ perRequest.get("spring_session_attributes.n_tup_upd"))
			.as("attributes written again")
			.isLessThan(0.1);
	}

	@Test
	void requestsWithHttpBasicThroughTheBalancerCreateNoSession() throws Exception {
		long sessions = records.count("select count(*) from spring_session");
		for (int i = 0; i < 10; i++) {
			ResponseEntity<String> answer = api.json("alice", "GET", "/api/submissions/mine", null);
			assertThat(answer.getStatusCode().value()).isEqualTo(200);
			assertThat(answer.getHeaders().get("Set-Cookie")).isNull();
			assertThat(api.json("eva", "GET", "/engine-rest/task", null).getStatusCode().value()).isEqualTo(200);
		}
		assertThat(records.count("select count(*) from spring_session")).isEqualTo(sessions);
	}

	// the call's steps

	private String submitted(String applicant, String call, BasicClient node) throws Exception {
		String proposal = (String) map(ok(node.json(applicant, "POST", "/api/submissions",
				JSON.writeValueAsString(SubmissionFixtures.homeMonitoringJson(call)))))
			.get("reference");
		for (String type : List.of("technical-proposal", "budget")) {
			Multipart form = Multipart.form()
				.field("type", type)
				.file("file", type + ".pdf", "application/pdf", NeedFixtures.pdf());
			ok(node.send(applicant, "demo", "POST", "/api/submissions/" + proposal + "/documents", form.contentType(),
					form.bytes(), Map.of()));
		}
		ok(node.json(applicant, "POST", "/api/submissions/" + proposal + "/submission", null));
		return proposal;
	}

	/**
	 * The consensus, as its people would: the rapporteur drafts, the others agree, oscar
	 * approves.
	 */
	private void finishConsensus(String proposal, List<String> experts) throws Exception {
		Instant until = Instant.now().plusSeconds(90);
		while (Instant.now().isBefore(until)) {
			List<String> people = new ArrayList<>(experts);
			people.add("oscar");
			boolean any = false;
			for (String person : people) {
				for (Map<String, Object> task : tasks(person, person.equals("oscar") ? "candidateUser" : "assignee",
						proposal)) {
					String id = (String) task.get("id");
					switch ((String) task.get("taskDefinitionKey")) {
						case "Task_DraftConsensus" -> complete(person, id, EngineTasks.scores("4", "Agreed"));
						case "Task_AgreeConsensus" -> complete(person, id, Map.of("consensusAnswer", "agree"));
						case "Task_ApproveConsensus" -> complete(person, id, Map.of("moderatorDecision", "approve"));
						default -> throw new IllegalStateException("Unexpected task " + task);
					}
					any = true;
				}
			}
			if (!any && records.count("select count(*) from act_hi_procinst p where p.business_key_ = '" + proposal
					+ "' and p.proc_def_key_ = 'evaluation' and p.end_time_ is not null") == 1) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The consensus on " + proposal + " did not end");
	}

	// HTTP

	private static String logIn(String user) throws Exception {
		HttpResponse<String> page = get(balancer.uri("/login"), null);
		String session = cookie(page);
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + user + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(balancer.uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", "SESSION=" + session)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		// a login renews the session's id
		return cookie(login);
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.map((c) -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private static HttpResponse<String> get(URI uri, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html").GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String ok(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getStatusCode() + " " + answer.getBody())
			.isTrue();
		return answer.getBody();
	}

	private static String eventually(String what, Duration timeout, Supplier<ResponseEntity<String>> request)
			throws InterruptedException {
		Instant until = Instant.now().plus(timeout);
		ResponseEntity<String> answer = request.get();
		while (!answer.getStatusCode().is2xxSuccessful() && Instant.now().isBefore(until)) {
			Thread.sleep(1000);
			answer = request.get();
		}
		return ok(answer);
	}

	private static void awaitCallStatus(String call, String status, Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		String now = null;
		while (Instant.now().isBefore(until)) {
			now = (String) map(ok(api.json("olivia", "GET", "/api/calls/" + call, null))).get("status");
			if (status.equals(now)) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("Call " + call + " is " + now + ", not " + status + " after " + timeout);
	}

	private static List<Map<String, Object>> tasks(String user, String role, String businessKey) throws Exception {
		return list(ok(api.json(user, "GET",
				"/engine-rest/task?" + role + "=" + user + "&processInstanceBusinessKey=" + businessKey, null)));
	}

	private static String onlyTask(String user, String role, String businessKey) throws Exception {
		List<Map<String, Object>> tasks = List.of();
		for (int i = 0; i < 30 && tasks.isEmpty(); i++) {
			tasks = tasks(user, role, businessKey);
			if (tasks.isEmpty()) {
				Thread.sleep(1000);
			}
		}
		assertThat(tasks).as("open tasks of " + user + " on " + businessKey).hasSize(1);
		return (String) tasks.get(0).get("id");
	}

	private static String awaitTask(String user, String businessKey, String definition) throws Exception {
		Instant until = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(until)) {
			List<Map<String, Object>> tasks = tasks(user, "assignee", businessKey).stream()
				.filter((t) -> definition.equals(t.get("taskDefinitionKey")))
				.toList();
			assertThat(tasks).as(definition + " of " + user + " on " + businessKey).hasSizeLessThanOrEqualTo(1);
			if (tasks.size() == 1) {
				return (String) tasks.get(0).get("id");
			}
			Thread.sleep(500);
		}
		throw new AssertionError("No " + definition + " for " + user + " on " + businessKey);
	}

	private static void complete(String user, String task, Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ok(api.json(user, "POST", "/engine-rest/task/" + task + "/complete",
				JSON.writeValueAsString(Map.of("variables", variables))));
	}

	private static Map<String, Object> map(String json) throws IOException {
		return JSON.readValue(json, new TypeReference<>() {
		});
	}

	private static List<Map<String, Object>> list(String json) throws IOException {
		return JSON.readValue(json, new TypeReference<>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
