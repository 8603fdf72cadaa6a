package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On creation of {@code Task_ReviewCall}: gives the task the call's terms as they stand
 * now (a revised call is reviewed on its revised terms), as the task's own variables, so
 * that its form shows what the reviewer decides on. Users never write them: the form
 * shows them read-only and a completion that changes them is refused.
 */
@Component("reviewCallContextListener")
class ReviewCallContextListener implements TaskListener {

	private final CallLifecycleSteps steps;

	ReviewCallContextListener(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(this.steps.reviewContext(ProcessSubject.of(task)).asVariables());
	}

}
