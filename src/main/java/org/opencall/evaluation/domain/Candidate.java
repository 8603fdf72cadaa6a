package org.opencall.evaluation.domain;

import java.util.Set;

/**
 * An expert who may evaluate proposals of a call, as the assignment sees them.
 *
 * @param username the expert's login
 * @param displayName the name people know the expert by, looked for in proposals' teams
 * @param organisation the organisation the expert works for, may be empty
 * @param emailDomain the domain of the expert's e-mail address
 * @param country the ISO 3166 code of the expert's country, may be empty
 * @param expertise the expert's keywords and topics
 * @param maximumLoad how many proposals of this call the expert takes at most
 */
public record Candidate(String username, String displayName, String organisation, String emailDomain, String country,
		Set<String> expertise, int maximumLoad) {

	public Candidate {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("a candidate needs a username");
		}
		if (maximumLoad < 0) {
			throw new IllegalArgumentException("a maximum load is never negative");
		}
		expertise = (expertise != null) ? Set.copyOf(expertise) : Set.of();
	}

}
