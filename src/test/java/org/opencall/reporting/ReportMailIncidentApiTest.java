package org.opencall.reporting;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.Problems;
import org.opencall.reporting.process.ReportingProcess;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A delegate that keeps failing for a cause an administrator can fix: the founding
 * programme has lost its funder's address when an approved periodic report is to be
 * mailed. The job fails with a message in words, is tried three times ten minutes apart
 * (the engine clock moved, not waited for) and becomes an incident that the administrator
 * reads through the engine REST API; they set the address, give the job a retry as
 * Cockpit does, and the report reaches the funder, the process going on.
 */
class ReportMailIncidentApiTest extends ApiTest {

	private static final String FOUNDING = "healthchain-founding";

	private static final String FUNDER = "reports@founding-funder.example";

	private static final String MESSAGE = "Programme " + FOUNDING
			+ " has no funder's address: set it, then retry this job";

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	SubmissionFixtures submissions;

	@Autowired
	org.opencall.selection.EvaluatedCalls calls;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		ClockUtil.reset();
		this.jdbc.sql("update programmes set funder_email = :address where code = :code and funder_email is null")
			.param("address", FUNDER)
			.param("code", FOUNDING)
			.update();
	}

	@Test
	void aReportThatCannotBeMailedBecomesAnIncidentThatAnAdministratorRetriesOnceTheCauseIsFixed() {
		String call = approvedPeriodicReport();
		this.jdbc.sql("update programmes set funder_email = null where code = :code").param("code", FOUNDING).update();
		Job mail = mailJob(call);
		assertThat(mail.getRetries()).isEqualTo(3);

		// each attempt fails in words; the next is ten minutes later; the third is the
		// last
		for (int attempt = 1; attempt <= 3; attempt++) {
			Job due = mailJob(call);
			assertThat(due.getRetries()).as("retries left before attempt " + attempt).isEqualTo(4 - attempt);
			if (due.getDuedate() != null && ClockUtil.getCurrentTime().before(due.getDuedate())) {
				ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 1000));
			}
			Date tried = ClockUtil.getCurrentTime();
			assertThat(catchThrowable(() -> this.managementService.executeJob(due.getId()))).hasMessage(MESSAGE);
			Job after = mailJob(call);
			assertThat(after.getRetries()).isEqualTo(3 - attempt);
			assertThat(after.getExceptionMessage()).isEqualTo(MESSAGE);
			if (attempt < 3) {
				assertThat(after.getDuedate()).isEqualTo(new Date(tried.getTime() + Duration.ofMinutes(10).toMillis()));
			}
		}

		// the administrator sees the incident, its message in words
		String instance = reporting(call).getId();
		List<Map<String, Object>> incidents = engineList("admin",
				"/engine-rest/incident?processInstanceId=" + instance);
		assertThat(incidents).singleElement().satisfies((incident) -> {
			assertThat(incident).containsEntry("incidentType", "failedJob")
				.containsEntry("activityId", ReportingProcess.TASK_MAIL_PERIODIC)
				.containsEntry("configuration", mail.getId())
				.containsEntry("incidentMessage", MESSAGE);
			assertThat((String) incident.get("incidentMessage")).doesNotContain("Exception", "java.", "org.");
		});
		assertThat(this.api.get("olivia", "/api/reports/programme/" + call + "/1").getBody()).containsEntry("status",
				"APPROVED");

		// the cause fixed: an address that is none is refused, naming the field; then set
		ResponseEntity<Map<String, Object>> refused = this.api.put("admin",
				"/api/admin/programmes/" + FOUNDING + "/funder-email", Map.of("funderEmail", "not an address"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(refused)).containsExactly("funderEmail");
		assertThat(this.api
			.put("admin", "/api/admin/programmes/no-such-programme/funder-email", Map.of("funderEmail", FUNDER))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api
			.put("olivia", "/api/admin/programmes/" + FOUNDING + "/funder-email", Map.of("funderEmail", FUNDER))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map<String, Object>> set = this.api.put("admin",
				"/api/admin/programmes/" + FOUNDING + "/funder-email", Map.of("funderEmail", FUNDER));
		assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(set.getBody()).containsEntry("funderEmail", FUNDER);

		// the job retried as Cockpit does it: its retries set through the engine REST API
		assertThat(this.http.withBasicAuth("aude", "demo")
			.exchange("/engine-rest/job/" + mail.getId() + "/retries", HttpMethod.PUT,
					new HttpEntity<>(Map.of("retries", 1)), String.class)
			.getStatusCode()).as("auditors change nothing").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.http.withBasicAuth("admin", "demo")
			.exchange("/engine-rest/job/" + mail.getId() + "/retries", HttpMethod.PUT,
					new HttpEntity<>(Map.of("retries", 1)), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(engineList("admin", "/engine-rest/incident?processInstanceId=" + instance)).isEmpty();

		// the job executor picks it up (run here explicitly): the report goes out, the
		// periodic report's scope ends
		this.managementService.executeJob(mail.getId());
		List<MimeMessage> mails = Mailbox.await(smtp, (s) -> s.contains("Periodic report 1 of call " + call), 1);
		assertThat(mails).hasSize(1);
		assertThat(Mailbox.recipient(mails.get(0))).isEqualTo(FUNDER);
		assertThat(this.api.get("olivia", "/api/reports/programme/" + call + "/1").getBody())
			.containsEntry("status", "MAILED")
			.containsEntry("mailedTo", FUNDER);
		assertThat(this.managementService.createJobQuery().processInstanceId(instance).messages().count()).isZero();
		assertThat(this.runtimeService.createExecutionQuery()
			.processInstanceId(instance)
			.activityId(ReportingProcess.TASK_MAIL_PERIODIC)
			.count()).isZero();
		assertThat(this.runtimeService.createExecutionQuery()
			.processInstanceId(instance)
			.activityId(ReportingProcess.TASK_AWAIT_LAST_GRANT)
			.count()).as("the call's reporting goes on").isEqualTo(1);
	}

	/**
	 * A call reporting every three months whose first periodic report olivia approved.
	 */
	private String approvedPeriodicReport() {
		String call = QuarterlyReportingCall.published(this.api, this.submissions);
		await().atMost(Duration.ofSeconds(30)).until(() -> periodicTimer(call) != null);
		Job due = periodicTimer(call);
		ClockUtil.setCurrentTime(due.getDuedate());
		this.managementService.executeJob(due.getId());
		this.calls.runJobs(call);
		assertThat(this.api
			.post("olivia", "/api/reports/programme/" + call + "/1/review",
					Map.of("decision", "approve", "comment", "Complete"))
			.getBody()).containsEntry("status", "APPROVED");
		return call;
	}

	private ProcessInstance reporting(String call) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ReportingProcess.KEY)
			.processInstanceBusinessKey(call)
			.singleResult();
	}

	private Job periodicTimer(String call) {
		ProcessInstance reporting = reporting(call);
		return (reporting != null) ? this.managementService.createJobQuery()
			.processInstanceId(reporting.getId())
			.activityId(ReportingProcess.EVENT_PERIODIC_DUE)
			.timers()
			.singleResult() : null;
	}

	private Job mailJob(String call) {
		return this.managementService.createJobQuery()
			.processInstanceId(reporting(call).getId())
			.activityId(ReportingProcess.TASK_MAIL_PERIODIC)
			.singleResult();
	}

	private List<Map<String, Object>> engineList(String user, String path) {
		ResponseEntity<List<Map<String, Object>>> answer = this.http.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.GET, null, LIST);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

}
