package org.opencall.calls;

import java.util.List;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallEvents.CallEvaluated;
import org.opencall.calls.domain.CallEvents.CallEvaluationStarted;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallStatus;
import org.opencall.calls.process.CallLifecycleEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed call's evaluation as the call sees it: it starts when an officer of its
 * programme confirms the experts' assignment (which completes their task) and ends when
 * the evaluation module reports every evaluation complete; the call's selection then
 * starts ({@link SelectionStart}) and the call waits for its decision.
 */
@Service
@Transactional
public class CallEvaluation {

	private final CallRepository calls;

	private final OfficerCalls officerCalls;

	private final List<EligibilityProgress> eligibility;

	private final List<EvaluationProgress> evaluation;

	private final List<SelectionStart> selection;

	private final CallLifecycleEngine engine;

	private final ApplicationEventPublisher events;

	CallEvaluation(CallRepository calls, OfficerCalls officerCalls, List<EligibilityProgress> eligibility,
			List<EvaluationProgress> evaluation, List<SelectionStart> selection, CallLifecycleEngine engine,
			ApplicationEventPublisher events) {
		this.calls = calls;
		this.officerCalls = officerCalls;
		this.eligibility = eligibility;
		this.evaluation = evaluation;
		this.selection = selection;
		this.engine = engine;
		this.events = events;
	}

	/**
	 * The officer confirmed the experts' assignment of a closed call of their programme
	 * whose eligibility is decided: the call is in evaluation and the officer's
	 * assignment task is complete, in the same transaction as the evaluations' start.
	 */
	public void start(String officer, String reference) {
		Call call = this.officerCalls.find(officer, reference);
		CallEvaluationStarted started = call.startEvaluation(officer);
		this.calls.save(call);
		this.engine.completeAssignment(call, officer);
		this.events.publishEvent(started);
	}

	/**
	 * Every evaluation of the call is complete: its process hands it over to selection.
	 */
	public void evaluationsDone(String reference) {
		this.engine.evaluationsDone(reference);
	}

	/**
	 * Whether the call waits for its experts' assignment: closed, decided, some eligible.
	 */
	public boolean awaitsAssignment(String reference) {
		Call call = this.officerCalls.byReference(reference);
		return call.status() == CallStatus.CLOSED && awaitingEligibility(reference) == 0
				&& eligibleProposals(reference) > 0;
	}

	boolean isInEvaluation(String reference) {
		return this.officerCalls.byReference(reference).status() == CallStatus.IN_EVALUATION;
	}

	int eligibleProposals(String reference) {
		return this.eligibility.stream().mapToInt((p) -> p.eligibleProposals(reference)).sum();
	}

	int unfinishedEvaluations(String reference) {
		return this.evaluation.stream().mapToInt((p) -> p.unfinishedEvaluations(reference)).sum();
	}

	void handOverToSelection(String reference) {
		Call call = this.officerCalls.byReference(reference);
		CallEvaluated evaluated = call.evaluationsComplete();
		this.calls.save(call);
		this.selection.forEach((s) -> s.start(reference, call.programmeCode()));
		this.events.publishEvent(evaluated);
	}

	private int awaitingEligibility(String reference) {
		return this.eligibility.stream().mapToInt((p) -> p.awaitingEligibility(reference)).sum();
	}

}
