package org.opencall.identity;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.calls.CallState;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionState;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * Nobody bends a decision through the engine: users reach {@code /engine-rest} with their
 * own credentials and may only work their tasks with exactly the fields of the task's
 * form; what a task or timer acts on comes from the domain, not from variables.
 */
class EngineApiGuardTest extends ApiTest {

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallReview review;

	@Autowired
	CallCatalogue catalogue;

	@Autowired
	SubmissionFixtures submissions;

	@Autowired
	SubmissionQueries submissionQueries;

	@Autowired
	NeedSubmission needSubmission;

	@Autowired
	NeedTriage triage;

	@Autowired
	NeedBacklog needQueries;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aReviewTaskCannotBePointedAtAnotherCallAndDecidesOnlyTheCallItIsAbout() {
		String callA = submittedCall();
		String callB = submittedCall();
		Task reviewOfB = task(callB);

		for (String variable : List.of("callId", "callReference")) {
			assertThat(engine("olivia", HttpMethod.PUT, "/task/" + reviewOfB.getId() + "/variables/" + variable,
					Map.of("value", callA, "type", "String"))
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(engine("olivia", HttpMethod.POST, "/task/" + reviewOfB.getId() + "/variables",
				Map.of("modifications", Map.of("callId", Map.of("value", callA))))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("olivia", HttpMethod.PUT, "/task/" + reviewOfB.getId() + "/localVariables/callId",
				Map.of("value", callA))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.runtimeService.getVariable(reviewOfB.getProcessInstanceId(), "callId")).isNull();

		// even a variable that got written past the API does not steer the decision
		this.runtimeService.setVariable(reviewOfB.getProcessInstanceId(), "callId", callA);
		this.runtimeService.setVariable(reviewOfB.getProcessInstanceId(), "callReference", callA);
		assertThat(this.api.post("oscar", "/api/calls/" + callB + "/review", Map.of("decision", "approve"))
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(this.catalogue.officerCall("oscar", callB).status()).isEqualTo(CallState.SCHEDULED);
		CallView untouched = this.catalogue.officerCall("oscar", callA);
		assertThat(untouched.status()).isEqualTo(CallState.AWAITING_APPROVAL);
		assertThat(untouched.reviewedBy()).isNull();
	}

	@Test
	void timersTakeTheApprovedDatesFromTheCallAndIgnoreVariables() {
		String reference = submittedCall();
		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);
		String instance = instance(reference);
		CallView call = this.catalogue.officerCall("olivia", reference);
		Date past = Date.from(Instant.now().minusSeconds(86_400));

		assertThat(engine("olivia", HttpMethod.PUT, "/process-instance/" + instance + "/variables/opensAt",
				Map.of("value", "2020-01-01T00:00:00.000+0000", "type", "Date"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		this.runtimeService.setVariable(instance, "opensAt", past);
		this.runtimeService.setVariable(instance, "deadline", past);

		Job opening = timer(instance);
		assertThat(opening.getDuedate().toInstant()).isEqualTo(call.opensAt());
		ClockUtil.setCurrentTime(Date.from(call.opensAt().plusSeconds(1)));
		this.managementService.executeJob(opening.getId());

		assertThat(this.catalogue.officerCall("olivia", reference).status()).isEqualTo(CallState.OPEN);
		assertThat(timer(instance).getDuedate().toInstant()).isEqualTo(call.deadline());
	}

	@Test
	void anAdmissibilityCheckDecidesOnlyTheSubmissionItsInstanceIsAbout() {
		CallView call = this.submissions.openCall();
		String first = this.submissions.submitted("alice", call);
		String second = this.submissions.submitted("bob", call);
		this.submissions.runAsyncJobs(first);
		this.submissions.runAsyncJobs(second);
		this.submissions.fireNextTimer(first);
		this.submissions.fireNextTimer(second);
		Task check = task(first);

		assertThat(engine("oscar", HttpMethod.PUT, "/task/" + check.getId() + "/variables/submissionReference",
				Map.of("value", second))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		this.runtimeService.setVariable(check.getProcessInstanceId(), "submissionId", "anything");
		this.runtimeService.setVariable(check.getProcessInstanceId(), "submissionReference", second);

		ResponseEntity<Map<String, Object>> completed = engine("oscar", HttpMethod.POST,
				"/task/" + check.getId() + "/complete",
				variables(Map.of("decision", "ineligible", "comment", "Outside the call's scope")));

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.submissionQueries.submission("alice", first).status()).isEqualTo(SubmissionState.INELIGIBLE);
		assertThat(this.submissionQueries.submission("bob", second).status()).isEqualTo(SubmissionState.SUBMITTED);
	}

	@Test
	void aCompletionCarriesExactlyTheFieldsOfTheTasksFormAndRefusalsComeInWords() {
		String reference = submittedCall();
		String taskId = task(reference).getId();
		String path = "/task/" + taskId + "/complete";

		ResponseEntity<Map<String, Object>> extra = engine("oscar", HttpMethod.POST, path,
				variables(Map.of("decision", "approve", "callId", "whatever")));
		assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(extra)).containsExactly("callId");

		ResponseEntity<Map<String, Object>> missing = engine("oscar", HttpMethod.POST, path,
				variables(Map.of("comment", "fine")));
		assertThat(fields(missing)).containsExactly("decision");

		ResponseEntity<Map<String, Object>> changedContext = engine("oscar", HttpMethod.POST, path,
				variables(Map.of("decision", "approve", "callReference", "HC-OTHER")));
		assertThat(fields(changedContext)).containsExactly("callReference");

		ResponseEntity<Map<String, Object>> serialized = engine("oscar", HttpMethod.POST, path,
				Map.of("variables", Map.of("decision", Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
						"valueInfo", Map.of("serializationDataFormat", "application/x-java-serialized-object")))));
		assertThat(serialized.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(serialized)).containsExactly("decision");

		ResponseEntity<Map<String, Object>> noComment = engine("oscar", HttpMethod.POST, path,
				variables(Map.of("decision", "sendBack", "comment", "")));
		assertThat(noComment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(noComment)).containsExactly("comment");
		assertInWords(noComment);

		ResponseEntity<Map<String, Object>> ownCall = engine("olivia", HttpMethod.POST, path,
				variables(Map.of("decision", "approve")));
		assertThat(ownCall.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ownCall.getBody().get("message").toString()).contains("Four-eyes rule");
		assertInWords(ownCall);
		assertThat(this.catalogue.officerCall("oscar", reference).status()).isEqualTo(CallState.AWAITING_APPROVAL);

		assertThat(engine("oscar", HttpMethod.POST, path, variables(Map.of("decision", "approve", "comment", "")))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.catalogue.officerCall("oscar", reference).status()).isEqualTo(CallState.SCHEDULED);
	}

	@Test
	void aNeedOwnerAnswersHerQuestionButWritesNoVariableOfTheTask() {
		String need = this.needSubmission.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		this.triage.triage("olivia", need, new TriageInput("clarify", null, "Which wards take part?", null));
		Task clarification = task(need);
		assertThat(clarification.getAssignee()).isEqualTo("nora");

		assertThat(engine("nora", HttpMethod.PUT, "/task/" + clarification.getId() + "/variables/needOwner",
				Map.of("value", "mallory"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("nora", HttpMethod.PUT, "/task/" + clarification.getId() + "/localVariables/answer",
				Map.of("value", "x"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("nora", HttpMethod.PUT, "/task/" + clarification.getId() + "/assignee",
				Map.of("userId", "mallory"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(engine("nora", HttpMethod.POST, "/task/" + clarification.getId() + "/complete",
				variables(Map.of("answer", "Cardiology and internal medicine.")))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.needQueries.need("nora", need).status().name()).isEqualTo("SUBMITTED");
	}

	@Test
	void nobodyButAdministratorsStartsProcessesCreatesTasksOrSendsMessages() {
		String reference = submittedCall();
		assertThat(engine("olivia", HttpMethod.POST, "/process-definition/key/call-lifecycle/start", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("olivia", HttpMethod.POST, "/task/create", Map.of("name", "Do something")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<Map<String, Object>> known = engine("olivia", HttpMethod.POST, "/message",
				Map.of("messageName", "EligibilityChecksDone", "businessKey", reference));
		ResponseEntity<Map<String, Object>> unknown = engine("olivia", HttpMethod.POST, "/message",
				Map.of("messageName", "EligibilityChecksDone", "businessKey", "NO-SUCH-CALL"));
		assertThat(known.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getStatusCode()).isEqualTo(known.getStatusCode());
		assertThat(unknown.getBody()).isEqualTo(known.getBody());

		ResponseEntity<List<Object>> startable = this.http.withBasicAuth("admin", "demo")
			.exchange("/engine-rest/process-definition?startableInTasklist=true&latestVersion=true", HttpMethod.GET,
					null, new org.springframework.core.ParameterizedTypeReference<>() {
					});
		assertThat(startable.getBody()).isEmpty();
	}

	@Test
	void installationWideFiguresAreForAdministratorsAndAuditorsOnly() {
		String metrics = "/metrics/activity-instance-start/sum";
		assertThat(engine("olivia", HttpMethod.GET, metrics, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("olivia", HttpMethod.GET, "/process-definition/statistics", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("admin", HttpMethod.GET, metrics, null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(engine("aude", HttpMethod.GET, metrics, null).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void auditorsReadTasksButChangeNothingThroughTheEngine() {
		String reference = submittedCall();
		String taskId = task(reference).getId();

		assertThat(engine("aude", HttpMethod.GET, "/task/" + taskId, null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(engine("aude", HttpMethod.POST, "/task/" + taskId + "/comment/create", Map.of("message", "Hm"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("aude", HttpMethod.POST, "/task/" + taskId + "/attachment/create", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				engine("aude", HttpMethod.POST, "/task/" + taskId + "/claim", Map.of("userId", "aude")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("aude", HttpMethod.POST, "/task/" + taskId + "/complete",
				variables(Map.of("decision", "approve")))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("aude", HttpMethod.PUT, "/user/aude/profile",
				Map.of("id", "aude", "firstName", "A", "lastName", "L", "email", "a@funder.example"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("aude", HttpMethod.DELETE, "/user/aude", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(this.taskService.getTaskComments(taskId)).isEmpty();
		assertThat(this.taskService.getTaskAttachments(taskId)).isEmpty();
		assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
		assertThat(engine("admin", HttpMethod.GET, "/user/aude/profile", null).getBody()).containsEntry("email",
				"aude@funder.example");
	}

	@Test
	void officersCommentAndClaimTheirProgrammesTasksForThemselvesOnly() {
		String reference = submittedCall();
		String taskId = task(reference).getId();

		assertThat(engine("oscar", HttpMethod.POST, "/task/" + taskId + "/claim", Map.of("userId", "olivia"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("otto", HttpMethod.POST, "/task/" + taskId + "/comment/create", Map.of("message", "Hi"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("oscar", HttpMethod.POST, "/task/" + taskId + "/claim", Map.of("userId", "oscar"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(engine("olivia", HttpMethod.POST, "/task/" + taskId + "/unclaim", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map<String, Object>> comment = engine("oscar", HttpMethod.POST,
				"/task/" + taskId + "/comment/create", Map.of("message", "Budget checked"));
		assertThat(comment.getStatusCode()).as(String.valueOf(comment.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(engine("oscar", HttpMethod.POST, "/task/" + taskId + "/unclaim", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.taskService.getTaskComments(taskId)).hasSize(1);
	}

	@Test
	void aProfileTakesNoLineBreakInItsAddressAndNobodyElsesProfileChanges() {
		ResponseEntity<Map<String, Object>> forged = engine("nora", HttpMethod.PUT, "/user/nora/profile",
				Map.of("id", "nora", "firstName", "Nora", "lastName", "Virtanen", "email",
						"nora@uhospital.example\r\nBcc: everyone@example.org"));
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(forged)).containsExactly("email");
		assertThat(engine("nora", HttpMethod.PUT, "/user/olivia/profile",
				Map.of("id", "olivia", "firstName", "O", "lastName", "O", "email", "o@example.org"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(engine("admin", HttpMethod.GET, "/user/nora/profile", null).getBody()).containsEntry("email",
				"nora@uhospital.example");
	}

	@Test
	void anAdministratorsProfilesAndNewUsersTakeNoLineBreakInTheirAddressEither() {
		ResponseEntity<Map<String, Object>> own = engine("admin", HttpMethod.PUT, "/user/admin/profile",
				Map.of("id", "admin", "firstName", "Ada", "lastName", "Admin", "email",
						"admin@opencall.example\r\nBcc: everyone@example.org"));
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(own)).containsExactly("email");
		ResponseEntity<Map<String, Object>> others = engine("admin", HttpMethod.PUT, "/user/erik/profile",
				Map.of("id", "erik", "firstName", "Erik\n", "lastName", "Hansen", "email", "erik@experts.example"));
		assertThat(fields(others)).containsExactly("firstName");
		ResponseEntity<Map<String, Object>> created = engine("admin", HttpMethod.POST, "/user/create",
				Map.of("profile",
						Map.of("id", "mallory", "firstName", "M", "lastName", "M", "email",
								"m@example.org\nBcc: all@example.org"),
						"credentials", Map.of("password", "a long secret")));
		assertThat(fields(created)).containsExactly("email");
		assertThat(engine("admin", HttpMethod.GET, "/user/mallory/profile", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(engine("admin", HttpMethod.GET, "/user/admin/profile", null).getBody()).containsEntry("email",
				"admin@opencall.example");
	}

	@Test
	void engineErrorsNameNoClassEngineCodeOrSql() {
		ResponseEntity<String> raw = this.http.withBasicAuth("oscar", "demo")
			.getForEntity("/engine-rest/task/no-such-task", String.class);
		assertThat(raw.getHeaders().getContentType().toString()).as(raw.getBody()).contains("json");
		ResponseEntity<Map<String, Object>> unknownTask = engine("oscar", HttpMethod.GET, "/task/no-such-task", null);
		assertThat(unknownTask.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertInWords(unknownTask);

		ResponseEntity<Map<String, Object>> badQuery = engine("oscar", HttpMethod.POST, "/task",
				Map.of("dueAfter", "not a date"));
		assertThat(badQuery.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertInWords(badQuery);
	}

	private static void assertInWords(ResponseEntity<Map<String, Object>> answer) {
		String body = String.valueOf(answer.getBody());
		assertThat(body).doesNotContain("ENGINE-")
			.doesNotContain("Exception")
			.doesNotContainPattern("org\\.camunda|java\\.lang|select |SELECT ");
		assertThat(answer.getBody()).containsKey("message");
	}

	private ResponseEntity<Map<String, Object>> engine(String user, HttpMethod method, String path, Object body) {
		return this.api.exchange(user, method, "/engine-rest" + path, body);
	}

	private static Map<String, Object> variables(Map<String, Object> values) {
		Map<String, Object> variables = new java.util.LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return Map.of("variables", variables);
	}

	private String submittedCall() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		return reference;
	}

	private Task task(String businessKey) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
	}

	private String instance(String businessKey) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult()
			.getId();
	}

	private Job timer(String instance) {
		return this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
	}

}
