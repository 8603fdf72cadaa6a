package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What {@code needs-identification}'s timers and task routing read, as
 * {@code ${needsIdentification.…}}: the need's owner from the domain and the durations
 * from the settings — never a process variable a user could write. Public, because the
 * engine's expressions call methods of public classes only.
 */
@Component("needsIdentification")
public class NeedsIdentificationExpressions {

	private final NeedsIdentificationSteps steps;

	private final String reminderAfter;

	private final String escalationAfter;

	NeedsIdentificationExpressions(NeedsIdentificationSteps steps,
			@Value("${opencall.needs.clarification-reminder}") String reminderAfter,
			@Value("${opencall.needs.clarification-escalation}") String escalationAfter) {
		this.steps = steps;
		this.reminderAfter = reminderAfter;
		this.escalationAfter = escalationAfter;
	}

	/** The need owner, who answers an officer's question. */
	public String owner(DelegateExecution execution) {
		return this.steps.owner(ProcessSubject.of(execution));
	}

	/** ISO-8601 duration after which an unanswered question is reminded to the owner. */
	public String reminderAfter() {
		return this.reminderAfter;
	}

	/** ISO-8601 duration after which an unanswered question goes back to the officer. */
	public String escalationAfter() {
		return this.escalationAfter;
	}

}
