package org.opencall.calls.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A challenge a call puts to companies: the problem that proposals answer. One built from
 * needs ({@code challengeId} set) carries a snapshot of those needs' public fields as
 * published.
 */
@Table("call_challenges")
public record CallChallenge(String title, String description, UUID challengeId, NeedSnapshots needs) {

	public CallChallenge {
		needs = (needs != null) ? needs : NeedSnapshots.NONE;
	}

	public CallChallenge(String title, String description) {
		this(title, description, null, NeedSnapshots.NONE);
	}

	public static CallChallenge fromNeeds(String title, String description, UUID challengeId,
			List<NeedSnapshot> needs) {
		return new CallChallenge(title, description, challengeId, new NeedSnapshots(needs));
	}

	public boolean isFromNeeds() {
		return this.challengeId != null;
	}

}
