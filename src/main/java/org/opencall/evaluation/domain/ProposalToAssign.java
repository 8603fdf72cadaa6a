package org.opencall.evaluation.domain;

import java.util.Set;

/**
 * An eligible proposal that needs experts, as the assignment sees it.
 *
 * @param reference the submission's reference
 * @param organisation the applicant organisation's name
 * @param emailDomains the e-mail domains of the applicant organisation's staff
 * @param country the ISO 3166 code of the applicant's country, may be empty
 * @param partners the proposal's partners, as the applicant wrote them
 * @param team the proposal's team, as the applicant wrote it
 * @param keywords the proposal's keywords
 * @param text what the proposal says about itself: its challenge, title and summary
 */
public record ProposalToAssign(String reference, String organisation, Set<String> emailDomains, String country,
		String partners, String team, Set<String> keywords, String text) {

	public ProposalToAssign {
		if (reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("a proposal to assign needs a reference");
		}
		emailDomains = (emailDomains != null) ? Set.copyOf(emailDomains) : Set.of();
		keywords = (keywords != null) ? Set.copyOf(keywords) : Set.of();
	}

}
