package org.opencall.evaluation;

import java.time.Clock;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.ChoosingNewExperts;
import org.opencall.evaluation.domain.ChoosingNewExperts.NewExperts;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal evaluated again by new experts, when an officer upholds the applicant's
 * redress request: the next round of its evaluation, with as many experts as the call
 * asks for per proposal, chosen from the call's panel by {@link ChoosingNewExperts} —
 * none who took part in an earlier round, none in conflict with it. The round runs the
 * same {@code evaluation} process as the first (conflict declarations, scoring,
 * consensus) and its completion is published as {@link EvaluationCompleted} with its
 * round.
 */
@Service
public class Reevaluations {

	private final Evaluations evaluations;

	private final StartingEvaluations starting;

	private final ExpertPanel panel;

	private final ProposalsToEvaluate proposals;

	private final CallCatalogue calls;

	private final AssignmentInputs inputs;

	private final CallLoads loads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reevaluations(Evaluations evaluations, StartingEvaluations starting, ExpertPanel panel,
			ProposalsToEvaluate proposals, CallCatalogue calls, AssignmentInputs inputs, CallLoads loads,
			ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.starting = starting;
		this.panel = panel;
		this.proposals = proposals;
		this.calls = calls;
		this.inputs = inputs;
		this.loads = loads;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts the proposal's next round and its process instance, and mails its experts,
	 * in one transaction. Refused, changing nothing, when the requester is not an officer
	 * of the proposal's programme, when its latest round is not complete, without a
	 * reason, or when the call's panel has too few new experts free of conflicts (naming
	 * how many were found and how many are needed).
	 * @param requestedBy the officer who upheld the redress request
	 * @param reason why the proposal is evaluated again, kept with the round
	 */
	@Transactional
	public Reevaluation start(String submissionReference, String requestedBy, String reason) {
		Evaluation latest = this.evaluations.of(submissionReference);
		if (requestedBy == null || this.calls.programmesOf(requestedBy)
			.stream()
			.noneMatch((programme) -> programme.code().equals(latest.programmeCode()))) {
			throw new ActionForbiddenException(
					"Only an officer of its programme asks for the re-evaluation of " + submissionReference);
		}
		latest.requireReevaluable(requestedBy, reason);
		CallView call = this.calls.call(latest.callReference(), null);
		ProposalToEvaluate proposal = this.proposals.eligible(submissionReference);
		NewExperts chosen = new ChoosingNewExperts(
				this.inputs.rules(call).withExpertsPerProposal(latest.settings().expertsPerSubmission()))
			.choose(this.inputs.proposal(proposal),
					this.inputs.candidates(this.panel.acceptedExperts(call.reference())),
					this.loads.of(call.reference()), this.evaluations.expertsOfEveryRound(submissionReference));
		Evaluation next = latest.reevaluate(chosen.usernames(), requestedBy, reason, this.clock.instant());
		this.starting.begin(next, proposal.title());
		this.events.publishEvent(next.reevaluationStarted());
		return new Reevaluation(next.submissionReference(), next.callReference(), next.round(), chosen.usernames(),
				chosen.beyondTheirLoad(), requestedBy, next.startedAt());
	}

}
