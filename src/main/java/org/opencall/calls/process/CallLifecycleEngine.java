package org.opencall.calls.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.opencall.calls.ReviewDecision;
import org.opencall.calls.domain.Call;
import org.opencall.identity.Programme;
import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * The calls module's side of the engine: starts a call's {@code call-lifecycle} instance
 * (business key: the call's reference) and completes its user tasks as the officer who
 * acts, so that the engine's authorizations and history see that officer. The instance
 * reads the call's dates and programme from the domain
 * ({@link CallLifecycleExpressions}); its variables only label the tasks.
 */
@Component
public class CallLifecycleEngine {

	private final RuntimeService runtimeService;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	private final InstanceStart instanceStart;

	CallLifecycleEngine(RuntimeService runtimeService, OpenTasks openTasks, TaskCompletion tasks,
			InstanceStart instanceStart) {
		this.runtimeService = runtimeService;
		this.openTasks = openTasks;
		this.tasks = tasks;
		this.instanceStart = instanceStart;
	}

	public void start(Call call) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CallLifecycleProcess.VAR_REFERENCE, call.reference());
		variables.put(CallLifecycleProcess.VAR_TITLE, call.terms().title());
		this.instanceStart.start(CallLifecycleProcess.KEY, call.reference(), variables,
				Programme.groupIdOf(call.programmeCode()));
	}

	public void eligibilityChecksDone(String reference) {
		this.runtimeService.createMessageCorrelation(CallLifecycleProcess.MESSAGE_ELIGIBILITY_CHECKS_DONE)
			.processInstanceBusinessKey(reference)
			.correlateAll();
	}

	/** Every evaluation of a call in evaluation is complete: its process moves on. */
	public void evaluationsDone(String reference) {
		this.runtimeService.createMessageCorrelation(CallLifecycleProcess.MESSAGE_EVALUATIONS_DONE)
			.processInstanceBusinessKey(reference)
			.correlateAll();
	}

	/** The call's funding decision is taken and its letters are out: its process ends. */
	public void selectionDecided(String reference) {
		this.runtimeService.createMessageCorrelation(CallLifecycleProcess.MESSAGE_SELECTION_DECIDED)
			.processInstanceBusinessKey(reference)
			.correlateAll();
	}

	/** The officer confirmed the experts' assignment: their task is done. */
	public void completeAssignment(Call call, String officer) {
		complete(call, CallLifecycleProcess.TASK_ASSIGN_EXPERTS, officer, Map.of());
	}

	public void completeReview(Call call, String officer, ReviewDecision decision, String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CallLifecycleProcess.VAR_DECISION, decision.variableValue());
		variables.put(CallLifecycleProcess.VAR_COMMENT, (comment != null) ? comment : "");
		complete(call, CallLifecycleProcess.TASK_REVIEW_CALL, officer, variables);
	}

	public void completeRevision(Call call, String officer) {
		complete(call, CallLifecycleProcess.TASK_REVISE_CALL, officer, Map.of());
	}

	private void complete(Call call, String taskKey, String officer, Map<String, Object> variables) {
		String taskId = this.openTasks
			.find(CallLifecycleProcess.KEY, call.reference(), taskKey, "Call " + call.reference())
			.getId();
		this.tasks.completeAs(officer, taskId, variables);
	}

}
