package org.opencall.calls.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.opencall.identity.Programme;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code call-lifecycle}'s timers and task routing read, as
 * {@code ${callLifecycle.…}}: the approved terms of the call the instance is about, from
 * the domain — never from a process variable a user could write. Public, because the
 * engine's expressions call methods of public classes only.
 */
@Component("callLifecycle")
public class CallLifecycleExpressions {

	private final CallLifecycleSteps steps;

	CallLifecycleExpressions(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	public Date opening(DelegateExecution execution) {
		return Date.from(this.steps.opening(ProcessSubject.of(execution)));
	}

	public Date deadline(DelegateExecution execution) {
		return Date.from(this.steps.deadline(ProcessSubject.of(execution)));
	}

	/** How many proposals of the closed call are eligible, so evaluated. */
	public int eligibleProposals(DelegateExecution execution) {
		return this.steps.eligibleProposals(ProcessSubject.of(execution));
	}

	/** How many of the call's evaluations are not complete yet. */
	public int unfinishedEvaluations(DelegateExecution execution) {
		return this.steps.unfinishedEvaluations(ProcessSubject.of(execution));
	}

	/** The engine group of the officers of the call's programme. */
	public String officers(DelegateExecution execution) {
		return Programme.groupIdOf(this.steps.programmeCode(ProcessSubject.of(execution)));
	}

}
