package org.opencall.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.opencall.submissions.DocumentView;

/**
 * An eligible proposal as its evaluators read it. With blind evaluation the applicant's
 * organisation, country and team are left out ({@code blind} says so).
 */
public record ProposalForExperts(String reference, String callReference, String callTitle, String challenge,
		String title, String acronym, String summary, List<String> keywords, BigDecimal requestedAmount,
		String currency, Integer trl, String partners, boolean blind, String organisation, String country, String team,
		List<DocumentView> documents) {

	public ProposalForExperts {
		keywords = List.copyOf(keywords);
		documents = List.copyOf(documents);
	}

}
