package org.opencall.needs;

import java.util.List;

import org.opencall.needs.domain.NeedChallenge;

/**
 * A challenge with the needs it groups and the call it is attached to.
 */
public record ChallengeView(String id, String programmeCode, String title, String description,
		List<String> needReferences, String createdBy, String callReference) {

	static ChallengeView of(NeedChallenge challenge) {
		return new ChallengeView(challenge.id().toString(), challenge.programmeCode(), challenge.title(),
				challenge.description(), challenge.needReferences(), challenge.createdBy(), challenge.callReference());
	}

}
