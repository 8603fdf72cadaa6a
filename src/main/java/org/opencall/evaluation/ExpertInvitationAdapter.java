package org.opencall.evaluation;

import java.time.Instant;
import java.util.Map;

import org.opencall.evaluation.process.ExpertInvitationProcess;
import org.opencall.evaluation.process.ExpertInvitationSteps;

import org.springframework.stereotype.Component;

/**
 * The evaluation module's answer to {@code expert-invitation}: the steps it takes, on the
 * invitations' use cases. Package-private, like those use case methods.
 */
@Component
class ExpertInvitationAdapter implements ExpertInvitationSteps {

	private final CallInvitations invitations;

	ExpertInvitationAdapter(CallInvitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public String expert(String invitationId) {
		return this.invitations.find(invitationId).expertId();
	}

	@Override
	public Instant respondBy(String invitationId) {
		return this.invitations.find(invitationId).respondBy();
	}

	@Override
	public Map<String, Object> taskContext(String invitationId) {
		return this.invitations.taskContext(invitationId);
	}

	@Override
	public String taskName(String invitationId) {
		return ExpertInvitationProcess.TASK_NAME + " — " + this.invitations.find(invitationId).callTitle();
	}

	@Override
	public void recordAnswer(String invitationId, String answeredBy, String decision, String reason) {
		this.invitations.recordAnswer(invitationId, answeredBy, decision, reason);
	}

	@Override
	public void lapse(String invitationId) {
		this.invitations.lapse(invitationId);
	}

}
