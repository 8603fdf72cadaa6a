package org.opencall.evaluation.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code expert-invitation}'s task routing and timer read, as
 * {@code ${expertInvitation.…}}: the invited expert and the deadline of the invitation
 * the instance is about, from the domain — never from a process variable a user could
 * write. Public, because the engine's expressions call methods of public classes only.
 */
@Component("expertInvitation")
public class ExpertInvitationExpressions {

	private final ExpertInvitationSteps steps;

	ExpertInvitationExpressions(ExpertInvitationSteps steps) {
		this.steps = steps;
	}

	/** The invited expert, who answers. */
	public String expert(DelegateExecution execution) {
		return this.steps.expert(ProcessSubject.of(execution));
	}

	/** The invitation's deadline, which only the application sets. */
	public Date respondBy(DelegateExecution execution) {
		return Date.from(this.steps.respondBy(ProcessSubject.of(execution)));
	}

}
