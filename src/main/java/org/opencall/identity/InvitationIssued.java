package org.opencall.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A member invited someone to join their organisation; the link (with its single-use
 * token) goes to the invited address by mail and nowhere else.
 *
 * @param invitationId the invitation
 * @param email where the link goes
 * @param organisationName the organisation to join
 * @param invitedBy the member who invites, by name
 * @param link the registration link carrying the token
 * @param expiresAt until when the link works
 */
public record InvitationIssued(UUID invitationId, String email, String organisationName, String invitedBy, String link,
		Instant expiresAt) {

	@Override
	public String toString() {
		return "InvitationIssued[" + this.invitationId + " to " + this.email + "]";
	}

}
