package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_AssignExperts}: the task is done once the assignment is
 * confirmed in Opencall (which completes it); completed any other way, through Tasklist
 * or the engine's REST API before that, it is refused and stays open.
 */
@Component("assignExpertsListener")
class AssignExpertsListener implements TaskListener {

	private final CallLifecycleSteps steps;

	AssignExpertsListener(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!this.steps.isInEvaluation(ProcessSubject.of(task))) {
			throw InvalidInputException.of("assignment",
					"is not confirmed yet: run the experts' assignment in Opencall, check it and confirm it there");
		}
	}

}
