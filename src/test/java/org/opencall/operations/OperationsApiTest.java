package org.opencall.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.BasicClient;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator as the people who run Opencall use it: the probes answer anyone with their
 * status, the full health and the metrics only admins, and the metrics count what
 * happened — a proposal received, a task opened, a mail given up, a job out of retries,
 * an incident.
 */
class OperationsApiTest extends ApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MeterRegistry registry;

	@Autowired
	OperationsFigures figures;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	CallDrafting drafting;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theProbesAnswerAnonymousCallersWithTheirStatusOnly() throws Exception {
		BasicClient client = new BasicClient(this.port);
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			ResponseEntity<String> answer = client.json(null, "GET", probe, null);
			assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
			assertThat(JSON.readTree(answer.getBody()).properties()).as(probe)
				.extracting((field) -> field.getKey())
				.containsExactly("status");
		}
	}

	@Test
	void theFullHealthShowsTheDatabaseTheMailServerAndTheJobExecutorToAdminsOnly() throws Exception {
		BasicClient client = new BasicClient(this.port);
		assertThat(client.json(null, "GET", "/actuator/health", null).getStatusCode().value()).isEqualTo(401);
		assertThat(client.json("aude", "GET", "/actuator/health", null).getStatusCode().value()).isEqualTo(403);

		ResponseEntity<String> health = client.json("admin", "GET", "/actuator/health", null);

		JsonNode components = JSON.readTree(health.getBody()).get("components");
		assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
		assertThat(components.path("mail").path("status").asText()).isEqualTo("UP");
		// the tests run jobs themselves: this node's executor is off by its settings
		JsonNode jobExecutor = components.path("jobExecutor");
		assertThat(jobExecutor.path("status").asText()).isEqualTo("UNKNOWN");
		assertThat(jobExecutor.path("details").path("active").asBoolean()).isFalse();
		assertThat(jobExecutor.path("details").has("failedJobs")).isTrue();
		assertThat(jobExecutor.path("details").has("dueJobs")).isTrue();
	}

	@Test
	void theReadinessLeavesTheMailServerOut() throws Exception {
		ResponseEntity<String> readiness = new BasicClient(this.port).json("admin", "GET", "/actuator/health/readiness",
				null);

		assertThat(JSON.readTree(readiness.getBody()).path("components").properties())
			.extracting((field) -> field.getKey())
			.containsExactlyInAnyOrder("db", "jobExecutor", "readinessState");
	}

	@Test
	void theMetricsAreForAdminsAndTheScraperOnly() {
		BasicClient client = new BasicClient(this.port);
		assertThat(client.json(null, "GET", "/actuator/prometheus", null).getStatusCode().value()).isEqualTo(401);
		assertThat(client.json("olivia", "GET", "/actuator/prometheus", null).getStatusCode().value()).isEqualTo(403);

		ResponseEntity<String> scrape = client.json("admin", "GET", "/actuator/prometheus", null);

		assertThat(scrape.getStatusCode().value()).isEqualTo(200);
		assertThat(scrape.getBody()).contains("opencall_tasks_open{", "opencall_submissions_received_total",
				"http_server_requests_seconds_bucket");
	}

	@Test
	void eachProposalReceivedCountsOnceWhenItsAcknowledgementCommits() {
		CallView call = this.fixtures.openCall();
		double before = received();

		String reference = this.fixtures.submitted("alice", call);

		assertThat(received()).as("not yet acknowledged").isEqualTo(before);
		this.fixtures.runAsyncJobs(reference);
		assertThat(received()).isEqualTo(before + 1);
	}

	@Test
	void openTasksAreCountedPerPhase() {
		this.figures.forget();
		double before = openTasks("call-lifecycle");
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());

		this.drafting.submitForApproval("olivia", reference);

		this.figures.forget();
		assertThat(openTasks("call-lifecycle")).isEqualTo(before + 1);
		assertThat(this.registry.get("opencall.tasks.open")
			.tag("process", "call-lifecycle")
			.gauge()
			.getId()
			.getTag("phase")).isEqualTo("publication");
	}

	@Test
	void mailGivenUpShowsInTheOutboxBacklog() {
		this.figures.forget();
		double before = gauge("opencall.mail.outbox", "status", "failed");
		String key = "operations-test-" + System.nanoTime();
		this.jdbc.sql("""
				insert into mail_outbox (idempotency_key, recipient, subject, body, status)
				values (:key, 'nobody@operations.example', 'Given up', 'Never sent', 'FAILED')
				""").param("key", key).update();
		try {
			this.figures.forget();
			assertThat(gauge("opencall.mail.outbox", "status", "failed")).isEqualTo(before + 1);
		}
		finally {
			this.jdbc.sql("delete from mail_outbox where idempotency_key = :key").param("key", key).update();
		}
	}

	@Test
	void aJobOutOfRetriesCountsAsFailedWithItsIncident() {
		CallView call = this.fixtures.openCall();
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(call.reference())
			.processDefinitionKey("call-lifecycle")
			.singleResult()
			.getId();
		Job deadline = this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
		this.figures.forget();
		double failedBefore = gauge("opencall.jobs.failed", null, null);
		double incidentsBefore = gauge("opencall.incidents.open", null, null);

		// what the job executor does after the last failed attempt: the engine opens an
		// incident
		this.managementService.setJobRetries(deadline.getId(), 0);

		try {
			this.figures.forget();
			assertThat(gauge("opencall.jobs.failed", null, null)).isEqualTo(failedBefore + 1);
			assertThat(gauge("opencall.incidents.open", null, null)).isEqualTo(incidentsBefore + 1);
		}
		finally {
			// an admin's retry: the incident is resolved
			this.managementService.setJobRetries(deadline.getId(), 3);
		}
		this.figures.forget();
		assertThat(gauge("opencall.jobs.failed", null, null)).isEqualTo(failedBefore);
		assertThat(gauge("opencall.incidents.open", null, null)).isEqualTo(incidentsBefore);
	}

	private double received() {
		return this.registry.get("opencall.submissions.received").counter().count();
	}

	private double openTasks(String process) {
		return gauge("opencall.tasks.open", "process", process);
	}

	private double gauge(String name, String tag, String value) {
		return (tag != null) ? this.registry.get(name).tag(tag, value).gauge().value()
				: this.registry.get(name).gauge().value();
	}

}
