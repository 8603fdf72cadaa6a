package org.opencall.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.opencall.submissions.ProposalInput;

/**
 * A demo company's proposal to a demo call: what its applicant writes and the lines of
 * its two documents, a technical proposal and a budget. Demo data only.
 */
public record DemoProposal(String applicant, ProposalInput input, List<String> technicalProposal, List<String> budget) {

	private static final Set<String> DECLARATIONS = Set.of("ACCURATE_INFORMATION", "NOT_IN_EXCLUSION_SITUATION",
			"NO_DOUBLE_FUNDING", "ETHICS_AND_DATA_PROTECTION");

	public DemoProposal {
		technicalProposal = List.copyOf(technicalProposal);
		budget = List.copyOf(budget);
	}

	/**
	 * A proposal with every declaration made and documents written from its own words.
	 */
	public static DemoProposal of(String applicant, String challenge, String title, String acronym, String summary,
			String amount, int trl, String team, String partners, List<String> keywords) {
		ProposalInput input = new ProposalInput(challenge, title, acronym, summary, new BigDecimal(amount), trl, team,
				partners, DECLARATIONS, keywords);
		return new DemoProposal(applicant, input,
				List.of(acronym + " - technical proposal", title, "", "1. Excellence: the need and the idea",
						"2. Impact: patients, staff and the hospital's budget", "3. Implementation: team, plan, risks",
						"", "Partners: " + partners),
				List.of(acronym + " - budget", "Requested grant: EUR " + amount, "",
						"Personnel 70%, equipment 15%, pilot costs 10%, travel 5%"));
	}

}
