package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to an expert's invitation to a call, past tense: each transition of
 * {@link CallInvitation} answers one.
 */
public final class CallInvitationEvents {

	private CallInvitationEvents() {
	}

	public record ExpertInvitedToCall(UUID invitation, String callReference, String expert, String invitedBy,
			Instant respondBy) {
	}

	public record InvitationAccepted(UUID invitation, String callReference, String expert) {
	}

	public record InvitationDeclined(UUID invitation, String callReference, String expert, String reason) {
	}

	/** The expert did not answer before the deadline. */
	public record InvitationLapsed(UUID invitation, String callReference, String expert) {
	}

}
