package org.opencall.evaluation;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.AssignedExpert;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationRepository;
import org.opencall.evaluation.domain.ReplacingExperts;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next best expert for a slot a declared conflict, a decline or a missed deadline
 * left: among the call's panel, the one with the highest expertise affinity who is free
 * of conflicts with the proposal, not excluded (everyone who held or holds one of its
 * slots) and below their maximum load in the call.
 */
@Component
class PanelReplacementExperts implements ReplacementExperts {

	private final EvaluationRepository evaluations;

	private final ExpertPanel panel;

	private final ProposalsToEvaluate proposals;

	private final CallCatalogue calls;

	private final AssignmentInputs inputs;

	private final JdbcClient jdbc;

	PanelReplacementExperts(EvaluationRepository evaluations, ExpertPanel panel, ProposalsToEvaluate proposals,
			CallCatalogue calls, AssignmentInputs inputs, JdbcClient jdbc) {
		this.evaluations = evaluations;
		this.panel = panel;
		this.proposals = proposals;
		this.calls = calls;
		this.inputs = inputs;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> nextFor(String submissionReference, Set<String> excluded) {
		Evaluation evaluation = this.evaluations.findBySubmission(submissionReference)
			.orElseThrow(() -> new NotFoundException("No evaluation of " + submissionReference));
		String callReference = evaluation.callReference();
		CallView call = this.calls.call(callReference, null);
		Set<String> notThese = new HashSet<>(excluded);
		notThese.addAll(evaluation.expertsSoFar());
		return new ReplacingExperts(this.inputs.rules(call))
			.nextBestExpert(this.inputs.proposal(this.proposals.eligible(submissionReference)),
					this.inputs.candidates(this.panel.acceptedExperts(callReference)), loads(callReference), notThese)
			.map(AssignedExpert::username);
	}

	/**
	 * The slots each expert holds in the call's evaluations (however many the call has),
	 * the ones they left not counted.
	 */
	private Map<String, Integer> loads(String callReference) {
		return this.jdbc.sql("""
				select s.expert, count(*) as held from evaluation_slots s join evaluations e on e.id = s.evaluation_id
				where e.call_reference = :call and s.expert is not null
				and s.state in ('ASSIGNED', 'NO_CONFLICT_DECLARED', 'SCORED') group by s.expert
				""")
			.param("call", callReference)
			.query((rs, n) -> Map.entry(rs.getString("expert"), rs.getInt("held")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
