package org.opencall.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.AssignmentRules;
import org.opencall.evaluation.domain.Candidate;
import org.opencall.evaluation.domain.ProposalToAssign;
import org.opencall.submissions.ProposalToEvaluate;

import org.springframework.stereotype.Component;

/**
 * What the assignment weighs, read from the modules that know it: the call's panel
 * (expertise, employer, e-mail, country, maximum load), its eligible proposals (keywords
 * and text, the applicant's organisation, country and staff e-mail addresses, partners
 * and team) and its rules (experts per proposal, conflicts by country).
 */
@Component
class AssignmentInputs {

	/**
	 * The call's experts per proposal and country rule, on the default candidate edges.
	 */
	AssignmentRules rules(CallView call) {
		return AssignmentRules.DEFAULT.withExpertsPerProposal(call.evaluatorsPerSubmission())
			.withSameCountryConflicts(call.evaluation().sameCountryConflicts());
	}

	Candidate candidate(AcceptedExpert expert) {
		Set<String> expertise = new LinkedHashSet<>(expert.keywords());
		expertise.addAll(expert.topics());
		return new Candidate(expert.username(), expert.name(), expert.organisation(), expert.email(), expert.country(),
				expertise, expert.maxProposalsPerCall());
	}

	List<Candidate> candidates(List<AcceptedExpert> experts) {
		return experts.stream().map(this::candidate).toList();
	}

	ProposalToAssign proposal(ProposalToEvaluate proposal) {
		String text = Stream.of(proposal.challenge(), proposal.title(), proposal.summary())
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining("\n"));
		return new ProposalToAssign(proposal.reference(), proposal.organisation(), proposal.staffEmails(),
				proposal.country(), proposal.partners(), proposal.team(), proposal.keywords(), text);
	}

}
