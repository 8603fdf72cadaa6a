package org.opencall.evaluation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Starts a proposal's evaluation on its call's evaluation rules: the consensus trigger
 * and spread, and the experts' days to declare conflicts and to score, reminded some days
 * before.
 */
@Component
class CallEvaluationStart implements EvaluationStart {

	private final StartingEvaluations starting;

	CallEvaluationStart(StartingEvaluations starting) {
		this.starting = starting;
	}

	@Override
	public void start(String submissionReference, String callReference, List<String> experts) {
		this.starting.start(submissionReference, callReference, experts);
	}

}
