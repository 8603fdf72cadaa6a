package org.opencall.evaluation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.AssignedExpert;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.ReplacingExperts;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.stereotype.Component;

/**
 * The next best expert for a slot a declared conflict, a decline or a missed deadline
 * left: among the call's panel, the one with the highest expertise affinity who is free
 * of conflicts with the proposal, not excluded (everyone who held or holds one of its
 * slots, in any round of its evaluation) and below their maximum load in the call.
 */
@Component
class PanelReplacementExperts implements ReplacementExperts {

	private final Evaluations evaluations;

	private final ExpertPanel panel;

	private final ProposalsToEvaluate proposals;

	private final CallCatalogue calls;

	private final AssignmentInputs inputs;

	private final CallLoads loads;

	PanelReplacementExperts(Evaluations evaluations, ExpertPanel panel, ProposalsToEvaluate proposals,
			CallCatalogue calls, AssignmentInputs inputs, CallLoads loads) {
		this.evaluations = evaluations;
		this.panel = panel;
		this.proposals = proposals;
		this.calls = calls;
		this.inputs = inputs;
		this.loads = loads;
	}

	@Override
	public Optional<String> nextFor(String submissionReference, Set<String> excluded) {
		Evaluation evaluation = this.evaluations.of(submissionReference);
		String callReference = evaluation.callReference();
		CallView call = this.calls.call(callReference, null);
		Set<String> notThese = new HashSet<>(excluded);
		notThese.addAll(this.evaluations.expertsOfEveryRound(submissionReference));
		return new ReplacingExperts(this.inputs.rules(call))
			.nextBestExpert(this.inputs.proposal(this.proposals.eligible(submissionReference)),
					this.inputs.candidates(this.panel.acceptedExperts(callReference)), this.loads.of(callReference),
					notThese)
			.map(AssignedExpert::username);
	}

}
