package org.opencall.reporting.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.opencall.platform.StateConflictException;
import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;

import org.springframework.stereotype.Component;

/**
 * Starts a call's {@code reporting}, tells it the call's last grant closed, and completes
 * its officers' tasks for them when they act in Opencall rather than in Tasklist.
 */
@Component
public class ReportingEngine {

	private final InstanceStart instanceStart;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final TaskCompletion tasks;

	ReportingEngine(InstanceStart instanceStart, RuntimeService runtimeService, TaskService taskService,
			TaskCompletion tasks) {
		this.instanceStart = instanceStart;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.tasks = tasks;
	}

	/** Starts the call's reporting, readable by its programme's officers; once. */
	public void start(String callReference, String officersGroup) {
		if (isRunning(callReference)) {
			return;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReportingProcess.VAR_CALL_REFERENCE, callReference);
		this.instanceStart.start(ReportingProcess.KEY, callReference, variables, officersGroup);
	}

	public boolean isRunning(String callReference) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ReportingProcess.KEY)
			.processInstanceBusinessKey(callReference)
			.count() > 0;
	}

	/**
	 * The call's last grant closed: its final report follows. Answers false when the
	 * call's reporting waits for no such news (not running, or its final report began).
	 */
	public boolean lastGrantClosed(String callReference) {
		long waiting = this.runtimeService.createExecutionQuery()
			.processDefinitionKey(ReportingProcess.KEY)
			.processInstanceBusinessKey(callReference)
			.messageEventSubscriptionName(ReportingProcess.MESSAGE_LAST_GRANT_CLOSED)
			.count();
		if (waiting == 0) {
			return false;
		}
		this.runtimeService.createMessageCorrelation(ReportingProcess.MESSAGE_LAST_GRANT_CLOSED)
			.processInstanceBusinessKey(callReference)
			.correlate();
		return true;
	}

	/** The officer's review of report {@code number}, as the review form submits it. */
	public void completeReview(String callReference, int number, String officer, String decision, String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReportingProcess.VAR_DECISION, decision);
		variables.put(ReportingProcess.VAR_COMMENT, (comment != null) ? comment : "");
		this.tasks.completeAs(officer, task(callReference, number, "review"), variables);
	}

	/**
	 * The officer's correction of report {@code number}, as the correction form submits
	 * it.
	 */
	public void completeCorrection(String callReference, int number, String officer, String note) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReportingProcess.VAR_CORRECTION, (note != null) ? note : "");
		this.tasks.completeAs(officer, task(callReference, number, "correction"), variables);
	}

	/** The open review or correction task of that report. */
	private String task(String callReference, int number, String step) {
		String first = step.equals("review") ? ReportingProcess.TASK_REVIEW_PERIODIC
				: ReportingProcess.TASK_CORRECT_PERIODIC;
		String second = step.equals("review") ? ReportingProcess.TASK_REVIEW_FINAL
				: ReportingProcess.TASK_CORRECT_FINAL;
		for (Task task : this.taskService.createTaskQuery()
			.processDefinitionKey(ReportingProcess.KEY)
			.processInstanceBusinessKey(callReference)
			.taskDefinitionKeyIn(first, second)
			.list()) {
			Object taskNumber = this.taskService.getVariable(task.getId(), ReportingProcess.VAR_REPORT_NUMBER);
			if (Integer.valueOf(number).equals(taskNumber)) {
				return task.getId();
			}
		}
		throw new StateConflictException(
				"Report " + number + " of call " + callReference + " is not waiting for its " + step);
	}

}
