package org.opencall.calls.domain;

import java.util.List;
import java.util.UUID;

import org.opencall.calls.NeedSummary;

/**
 * A challenge of a call: the problem that proposals answer. One built from needs
 * ({@code challengeId} set) carries a snapshot of those needs' public fields.
 */
public record Challenge(String title, String description, UUID challengeId, List<NeedSummary> needs) {

	public Challenge {
		needs = (needs != null) ? List.copyOf(needs) : List.of();
	}

	public Challenge(String title, String description) {
		this(title, description, null, List.of());
	}

	public boolean isFromNeeds() {
		return this.challengeId != null;
	}

}
