package org.opencall.evaluation;

import java.util.List;

/**
 * An expert who accepted to evaluate a call, with what assigning them needs: their
 * expertise, where they work (conflicts of interest) and how many proposals of the call
 * they take at most.
 *
 * @param username the login, which tasks are assigned to
 * @param name first and last name
 * @param email their address (its domain counts for conflicts of interest)
 * @param organisation where they work
 * @param country ISO 3166 code
 * @param keywords short terms of their expertise
 * @param topics broader fields of their expertise
 * @param maxProposalsPerCall their maximum load in one call
 */
public record AcceptedExpert(String username, String name, String email, String organisation, String country,
		List<String> keywords, List<String> topics, int maxProposalsPerCall) {

	public AcceptedExpert {
		keywords = List.copyOf(keywords);
		topics = List.copyOf(topics);
	}

}
