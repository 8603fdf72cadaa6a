package org.opencall.evaluation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.opencall.evaluation.domain.CallInvitation;

/**
 * An expert's invitation to a call as pages and the JSON API show it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallInvitationView(UUID id, String callReference, String callTitle, String expert, String expertName,
		String invitedBy, Instant invitedAt, Instant respondBy, String status, String statusLabel, String declineReason,
		Instant respondedAt) {

	static CallInvitationView of(CallInvitation invitation, String expertName) {
		return new CallInvitationView(invitation.id(), invitation.callReference(), invitation.callTitle(),
				invitation.expertId(), expertName, invitation.invitedBy(), invitation.invitedAt(),
				invitation.respondBy(), invitation.status().name(), invitation.status().label(),
				invitation.declineReason(), invitation.respondedAt());
	}

	public boolean isOpen() {
		return "INVITED".equals(this.status);
	}

}
