package org.opencall.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to join an organisation, or (without an organisation) to register in the
 * expert pool, mailed to one address; never its token.
 */
public record Invitation(UUID id, UUID organisationId, String email, String invitedBy, Instant invitedAt,
		Instant expiresAt, String acceptedBy, Instant acceptedAt) {

	/** An officer's invitation to register as an expert, which joins no organisation. */
	public boolean isToExpertPool() {
		return this.organisationId == null;
	}

	boolean isAccepted() {
		return this.acceptedAt != null;
	}

}
