package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.opencall.platform.Audited;

/**
 * What happens to an expert's invitation to a call, past tense: each transition of
 * {@link CallInvitation} answers one; the audit trail keeps it under the call and the
 * expert.
 */
public final class CallInvitationEvents {

	private CallInvitationEvents() {
	}

	/** An event of one invitation, kept under its call and its expert. */
	interface OfInvitation extends Audited {

		String callReference();

		String expert();

		@Override
		default List<String> auditSubjects() {
			return List.of(callReference(), expert());
		}

	}

	public record ExpertInvitedToCall(UUID invitation, String callReference, String expert, String invitedBy,
			Instant respondBy) implements OfInvitation {

		@Override
		public String auditActor() {
			return this.invitedBy;
		}

	}

	public record InvitationAccepted(UUID invitation, String callReference, String expert) implements OfInvitation {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	public record InvitationDeclined(UUID invitation, String callReference, String expert,
			String reason) implements OfInvitation {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	/** The expert did not answer before the deadline. */
	public record InvitationLapsed(UUID invitation, String callReference, String expert) implements OfInvitation {

		@Override
		public String auditActor() {
			return null;
		}

	}

}
