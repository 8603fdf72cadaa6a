package org.opencall.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to join an organisation, mailed to one address; never its token.
 */
public record Invitation(UUID id, UUID organisationId, String email, String invitedBy, Instant invitedAt,
		Instant expiresAt, String acceptedBy, Instant acceptedAt) {

	boolean isAccepted() {
		return this.acceptedAt != null;
	}

}
