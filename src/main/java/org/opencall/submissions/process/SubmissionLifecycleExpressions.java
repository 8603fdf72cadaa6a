package org.opencall.submissions.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.opencall.identity.Programme;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code submission}'s timer and task routing read, as
 * {@code ${submissionLifecycle.…}}: the submission's call, from the domain — never from a
 * process variable a user could write. Public, because the engine's expressions call
 * methods of public classes only.
 */
@Component("submissionLifecycle")
public class SubmissionLifecycleExpressions {

	private final SubmissionSteps steps;

	SubmissionLifecycleExpressions(SubmissionSteps steps) {
		this.steps = steps;
	}

	public Date deadline(DelegateExecution execution) {
		return Date.from(this.steps.deadline(ProcessSubject.of(execution)));
	}

	/**
	 * Whether the proposal was withdrawn while its instance could not hear it yet (before
	 * its acknowledgement ran); it is then not decided at the deadline.
	 */
	public boolean withdrawn(DelegateExecution execution) {
		return this.steps.isWithdrawn(ProcessSubject.of(execution));
	}

	/** The engine group of the officers of the programme of the submission's call. */
	public String officers(DelegateExecution execution) {
		return Programme.groupIdOf(this.steps.programmeCode(ProcessSubject.of(execution)));
	}

}
