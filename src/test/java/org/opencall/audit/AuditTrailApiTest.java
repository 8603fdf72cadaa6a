package org.opencall.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.calls.CallView;
import org.opencall.evaluation.StartingEvaluations;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real actions through the HTTP API and the engine REST API leave domain audit records in
 * their own transactions, naming who acted and what the action was about.
 */
class AuditTrailApiTest extends ApiTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	StartingEvaluations starting;

	@Autowired
	DomainRecords records;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aCallItsProposalsReceiptTheEligibilityDecisionAndAScoreAreKeptWithTheirActorsAndSubjects() {
		CallView call = this.fixtures.openCall();
		String proposal = this.fixtures.submitted("alice", call);
		this.fixtures.fireNextTimer(call.reference());
		this.fixtures.runAsyncJobs(proposal);
		this.fixtures.fireNextTimer(proposal);

		ResponseEntity<Map<String, Object>> decided = this.api.post("oscar",
				"/api/submissions/" + proposal + "/eligibility",
				Map.of("eligible", true, "comment", "Checked the budget annex by hand."));
		assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
		this.starting.start(proposal, call.reference(), List.of("eva", "emil", "elena"));
		assertThat(complete("eva", task(proposal, EvaluationProcess.TASK_DECLARE_CONFLICTS, "eva"),
				Map.of("declaration", "noConflict"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(complete("eva", task(proposal, EvaluationProcess.TASK_SCORE_SUBMISSION, "eva"), scores(4, 3.5, 3))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		List<DomainRecord> ofCall = this.records.about(call.reference());
		assertThat(ofCall).extracting(DomainRecord::kind)
			.containsSubsequence("CallDrafted", "CallSubmittedForApproval", "CallApproved", "CallPublished",
					"CallClosed");
		assertThat(one(ofCall, "CallDrafted").actor()).isEqualTo("olivia");
		assertThat(one(ofCall, "CallApproved").actor()).isEqualTo("oscar");
		assertThat(one(ofCall, "CallPublished").actor()).as("the engine's clock published it").isNull();

		List<DomainRecord> ofProposal = this.records.about(proposal);
		assertThat(ofProposal).extracting(DomainRecord::kind)
			.containsSubsequence("SubmissionReceived", "EligibilityDecisionTaken", "EvaluationStarted",
					"NoConflictDeclared", "ScoreSubmitted");
		DomainRecord received = one(ofProposal, "SubmissionReceived");
		assertThat(received.actor()).isEqualTo("alice");
		assertThat(received.subjects()).containsExactly(proposal, call.reference());
		assertThat(received.content()).contains("receiptNumber", "contentHash");
		DomainRecord eligibility = one(ofProposal, "EligibilityDecisionTaken");
		assertThat(eligibility.actor()).isEqualTo("oscar");
		assertThat(eligibility.content()).contains("\"eligible\":true", "\"overridesRules\":false",
				"Checked the budget annex by hand.");
		DomainRecord score = one(ofProposal, "ScoreSubmitted");
		assertThat(score.actor()).isEqualTo("eva");
		assertThat(score.subjects()).containsExactly(proposal, call.reference());
		assertThat(score.content()).contains("Because 1", "Promising.");
		assertThat(score.contentHash()).isEqualTo(score.computedHash());
		assertThat(ofProposal).allSatisfy((record) -> assertThat(record.at()).isNotNull());
	}

	private static DomainRecord one(List<DomainRecord> records, String kind) {
		return records.stream().filter((record) -> record.kind().equals(kind)).findFirst().orElseThrow();
	}

	private String task(String proposal, String taskKey, String assignee) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(EvaluationProcess.KEY)
			.processInstanceBusinessKey(proposal)
			.singleResult()
			.getId();
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(taskKey)
			.taskAssignee(assignee)
			.singleResult();
		return task.getId();
	}

	private ResponseEntity<Map<String, Object>> complete(String user, String taskId, Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return this.api.exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", variables));
	}

	private static Map<String, Object> scores(double... scores) {
		Map<String, Object> form = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			form.put("score" + (i + 1), scores[i]);
			form.put("comment" + (i + 1), "Because " + (i + 1));
		}
		form.put("overallComment", "Promising.");
		return form;
	}

}
