package org.opencall.evaluation;

import java.time.Clock;
import java.util.List;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.ConsensusMode;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationCriterion;
import org.opencall.evaluation.domain.EvaluationRepository;
import org.opencall.evaluation.domain.EvaluationSettings;
import org.opencall.evaluation.domain.Slot;
import org.opencall.evaluation.process.EvaluationProcessEngine;
import org.opencall.identity.Directory;
import org.opencall.identity.Roles;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.SubmittedProposal;
import org.opencall.submissions.SubmittedProposals;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the evaluation of an eligible proposal with the experts of its slots (the
 * assignment's answer, the first of them the default rapporteur): the call's criteria,
 * number of experts and the evaluation terms are copied into the evaluation, and its
 * {@code evaluation} instance starts in the same transaction.
 */
@Service
public class StartingEvaluations {

	private final EvaluationRepository evaluations;

	private final SubmittedProposals proposals;

	private final CallCatalogue calls;

	private final EvaluationProcessEngine engine;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StartingEvaluations(EvaluationRepository evaluations, SubmittedProposals proposals, CallCatalogue calls,
			EvaluationProcessEngine engine, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.directory = directory;
		this.evaluations = evaluations;
		this.proposals = proposals;
		this.calls = calls;
		this.engine = engine;
		this.clock = clock;
	}

	/** On the terms of the call's evaluation rules. */
	@Transactional
	public void start(String submissionReference, String callReference, List<String> experts) {
		start(submissionReference, callReference, experts,
				EvaluationTerms.of(this.calls.call(callReference, null).evaluation()));
	}

	@Transactional
	public void start(String submissionReference, String callReference, List<String> experts, EvaluationTerms terms) {
		SubmittedProposal proposal = this.proposals.proposal(submissionReference)
			.filter((p) -> p.callReference().equals(callReference))
			.orElseThrow(() -> new NotFoundException(
					"No proposal " + submissionReference + " submitted to call " + callReference));
		if (this.evaluations.findBySubmission(submissionReference).isPresent()) {
			throw new StateConflictException("Proposal " + submissionReference + " is already being evaluated");
		}
		CallView call = this.calls.call(callReference, null);
		List<EvaluationCriterion> criteria = call.criteria()
			.stream()
			.map((c) -> new EvaluationCriterion(c.name(), CriterionMeanings.of(c.name()), c.threshold(), c.weight()))
			.toList();
		Evaluation evaluation = Evaluation.start(submissionReference, callReference, call.programmeCode(), criteria,
				settings(call.evaluatorsPerSubmission(), terms), List.copyOf(experts), this.clock.instant());
		begin(evaluation, proposal.title());
		this.events.publishEvent(evaluation.started());
	}

	/**
	 * Keeps a new round of a proposal's evaluation and starts its {@code evaluation}
	 * instance, readable by the officers of its programme, in the caller's transaction;
	 * refused when another request started the same round first.
	 */
	void begin(Evaluation evaluation, String title) {
		requireEvaluators(evaluation.slots().stream().map(Slot::expert).toList());
		try {
			this.evaluations.save(evaluation);
		}
		catch (DbActionExecutionException ex) {
			if (!(ex.getCause() instanceof DuplicateKeyException)) {
				throw ex;
			}
			throw new StateConflictException("Proposal " + evaluation.submissionReference() + " is already being "
					+ (evaluation.isReevaluation() ? "evaluated again" : "evaluated"));
		}
		this.engine.start(evaluation, title);
	}

	private void requireEvaluators(List<String> experts) {
		List<String> notEvaluators = experts.stream()
			.filter((expert) -> expert == null || !this.directory.groupsOf(expert).contains(Roles.EVALUATORS))
			.toList();
		if (!notEvaluators.isEmpty()) {
			throw InvalidInputException.of("experts", "not in the expert pool: "
					+ String.join(", ", notEvaluators.stream().map(String::valueOf).toList()));
		}
	}

	private static EvaluationSettings settings(int experts, EvaluationTerms terms) {
		ConsensusMode mode;
		try {
			mode = ConsensusMode.valueOf(String.valueOf(terms.consensusMode()));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("consensusMode", "choose ALWAYS or ON_DIVERGENCE");
		}
		return EvaluationSettings.of(experts, mode, terms.allowedSpread(), terms.declarationPeriod(),
				terms.scoringPeriod(), terms.reminderBefore());
	}

}
