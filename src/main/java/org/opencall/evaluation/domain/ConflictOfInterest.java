package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Detects the conflicts of interest that follow from who an expert is: the applicant's
 * own organisation, an e-mail domain shared with the applicant's staff (public webmail
 * does not count), the expert's organisation named among the partners, the expert named
 * in the team, and, when the call asks for it, the applicant's country. Names are
 * compared without case, accents and legal forms ("MedSense, Lda." is "Medsense").
 * Conflicts the expert declares come on top of these.
 */
public final class ConflictOfInterest {

	/**
	 * Names longer than this many words are not looked for in partners' and teams' texts.
	 */
	static final int LONGEST_NAME = 8;

	private ConflictOfInterest() {
	}

	/**
	 * Why the expert may not evaluate the proposal; empty when nothing is detected.
	 * @param sameCountryConflicts whether the call counts the same country as a conflict
	 */
	public static List<ConflictReason> between(Candidate expert, ProposalToAssign proposal,
			boolean sameCountryConflicts) {
		Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
		String organisation = Terms.name(expert.organisation());
		if (!organisation.isEmpty() && organisation.equals(Terms.name(proposal.organisation()))) {
			reasons.add(ConflictReason.SAME_ORGANISATION);
		}
		String domain = EmailDomains.organisational(expert.emailDomain());
		for (String applicantDomain : proposal.emailDomains()) {
			if (EmailDomains.shared(domain, EmailDomains.organisational(applicantDomain))) {
				reasons.add(ConflictReason.SAME_EMAIL_DOMAIN);
			}
		}
		if (!organisation.isEmpty() && Terms.phrases(proposal.partners(), LONGEST_NAME).contains(organisation)) {
			reasons.add(ConflictReason.NAMED_AS_PARTNER);
		}
		String name = Terms.name(expert.displayName());
		if (!name.isEmpty() && Terms.phrases(proposal.team(), LONGEST_NAME).contains(name)) {
			reasons.add(ConflictReason.NAMED_IN_TEAM);
		}
		String country = country(expert.country());
		if (sameCountryConflicts && !country.isEmpty() && country.equals(country(proposal.country()))) {
			reasons.add(ConflictReason.SAME_COUNTRY);
		}
		return new ArrayList<>(reasons);
	}

	static String country(String code) {
		return (code == null) ? "" : code.trim().toUpperCase(Locale.ROOT);
	}

}
