package org.opencall.submissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An eligible proposal as its evaluation reads it: the latest submitted version, the
 * applying organisation (for the experts' conflicts of interest; hidden from experts when
 * the call is blind), the e-mail addresses of its staff and the applicant who submitted
 * it (whom its result letter reaches).
 */
public record ProposalToEvaluate(String reference, String callReference, String challenge, String title, String acronym,
		String summary, Set<String> keywords, BigDecimal requestedAmount, Integer trl, String team, String partners,
		String organisation, String country, Set<String> staffEmails, Instant submittedAt, List<DocumentView> documents,
		String applicant) {

	public ProposalToEvaluate {
		keywords = (keywords != null) ? Set.copyOf(keywords) : Set.of();
		staffEmails = Set.copyOf(staffEmails);
		documents = List.copyOf(documents);
	}

}
