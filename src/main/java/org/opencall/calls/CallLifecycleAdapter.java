package org.opencall.calls;

import java.time.Instant;

import org.opencall.calls.process.CallLifecycleSteps;
import org.opencall.calls.process.ReviewContext;

import org.springframework.stereotype.Component;

/**
 * The calls module's answer to its process: the steps {@code call-lifecycle} takes, on
 * the use cases that apply them. Package-private, like those use case methods.
 */
@Component
class CallLifecycleAdapter implements CallLifecycleSteps {

	private final CallReview review;

	private final CallDrafting drafting;

	private final CallSchedule schedule;

	private final ReviewContexts contexts;

	private final CallEvaluation evaluation;

	CallLifecycleAdapter(CallReview review, CallDrafting drafting, CallSchedule schedule, ReviewContexts contexts,
			CallEvaluation evaluation) {
		this.review = review;
		this.drafting = drafting;
		this.schedule = schedule;
		this.contexts = contexts;
		this.evaluation = evaluation;
	}

	@Override
	public ReviewContext reviewContext(String reference) {
		return this.contexts.of(reference);
	}

	@Override
	public void recordReview(String reference, String reviewer, ReviewDecision decision, String comment) {
		this.review.record(reference, reviewer, decision, comment);
	}

	@Override
	public void resubmit(String reference, String officer) {
		this.drafting.resubmit(reference, officer);
	}

	@Override
	public void publish(String reference) {
		this.schedule.publish(reference);
	}

	@Override
	public int close(String reference) {
		return this.schedule.close(reference);
	}

	@Override
	public Instant opening(String reference) {
		return this.schedule.opening(reference);
	}

	@Override
	public Instant deadline(String reference) {
		return this.schedule.deadline(reference);
	}

	@Override
	public String programmeCode(String reference) {
		return this.schedule.programmeCode(reference);
	}

	@Override
	public int eligibleProposals(String reference) {
		return this.evaluation.eligibleProposals(reference);
	}

	@Override
	public boolean isInEvaluation(String reference) {
		return this.evaluation.isInEvaluation(reference);
	}

	@Override
	public int unfinishedEvaluations(String reference) {
		return this.evaluation.unfinishedEvaluations(reference);
	}

	@Override
	public void handOverToSelection(String reference) {
		this.evaluation.handOverToSelection(reference);
	}

}
