package org.opencall.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.calls.CallView;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * Experts work their evaluation tasks through {@code /engine-rest} as Tasklist does: the
 * server refuses a bad scorecard naming its fields, a variable that is no field of the
 * form, and another expert's task; nobody reads another expert's scores there.
 */
class EvaluationEngineApiTest extends ApiTest {

	@Autowired
	StartingEvaluations starting;

	@Autowired
	EvaluationResults results;

	@Autowired
	SubmissionFixtures fixtures;

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
	void anExpertDeclaresAndScoresThroughTheEngineApiAndBadScoresAreRefusedByField() {
		String proposal = started();
		String declaration = task(proposal, EvaluationProcess.TASK_DECLARE_CONFLICTS, "eva").getId();

		assertThat(fields(complete("eva", declaration, Map.of("declaration", "noConflict", "loopCounter", 2))))
			.containsExactly("loopCounter");
		assertThat(complete("emil", declaration, Map.of("declaration", "noConflict")).getStatusCode().value()).isIn(403,
				404);
		assertThat(complete("eva", declaration, Map.of("declaration", "noConflict")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		String scoring = task(proposal, EvaluationProcess.TASK_SCORE_SUBMISSION, "eva").getId();
		Map<String, Object> bad = scores(4, 3.3, 6);
		bad.put("comment1", "");
		ResponseEntity<Map<String, Object>> refused = complete("eva", scoring, bad);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactlyInAnyOrder("comment1", "score2", "score3");
		assertThat(String.valueOf(refused.getBody())).contains("half points").doesNotContain("Exception");
		assertThat(this.results.of(proposal).orElseThrow().slots().get(0).state()).isEqualTo("NO_CONFLICT_DECLARED");

		assertThat(complete("eva", scoring, scores(4, 3.5, 3)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.results.of(proposal).orElseThrow().slots().get(0).state()).isEqualTo("SCORED");
	}

	@Test
	void anotherExpertReadsNoScoresThroughTheEngineApi() {
		String proposal = started();
		String evasDeclaration = task(proposal, EvaluationProcess.TASK_DECLARE_CONFLICTS, "eva").getId();
		complete("eva", evasDeclaration, Map.of("declaration", "noConflict"));
		complete("eva", task(proposal, EvaluationProcess.TASK_SCORE_SUBMISSION, "eva").getId(), scores(1.5, 2, 2.5));
		String emils = task(proposal, EvaluationProcess.TASK_DECLARE_CONFLICTS, "emil").getId();

		ResponseEntity<Map<String, Object>> variables = this.api.exchange("emil", HttpMethod.GET,
				"/engine-rest/task/" + emils + "/form-variables", null);
		assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(variables.getBody()).containsKeys("proposalTitle", "proposalAcronym", "proposalChallenge")
			.doesNotContainKeys("score1", "comment1", "overallComment", "individualScores");
		assertThat(String.valueOf(variables.getBody())).doesNotContain("Because 1", "Wearable sensors");
	}

	private String started() {
		CallView call = this.fixtures.openCall();
		String reference = this.fixtures.submitted("alice", call);
		this.starting.start(reference, call.reference(), List.of("eva", "emil", "elena"));
		return reference;
	}

	private Task task(String proposal, String taskKey, String assignee) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(EvaluationProcess.KEY)
			.processInstanceBusinessKey(proposal)
			.singleResult()
			.getId();
		return this.taskService.createTaskQuery()
			.processInstanceId(instance)
			.taskDefinitionKey(taskKey)
			.taskAssignee(assignee)
			.singleResult();
	}

	private void runJobs(String proposal) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(EvaluationProcess.KEY)
			.processInstanceBusinessKey(proposal)
			.singleResult()
			.getId();
		this.managementService.createJobQuery()
			.processInstanceId(instance)
			.messages()
			.list()
			.forEach((job) -> this.managementService.executeJob(job.getId()));
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
