package org.opencall.evaluation;

import java.time.Duration;
import java.util.List;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;

import org.springframework.stereotype.Component;

/**
 * Starts a proposal's evaluation on its call's evaluation rules: the consensus trigger
 * and spread, and the experts' days to declare conflicts and to score, reminded some days
 * before.
 */
@Component
class CallEvaluationStart implements EvaluationStart {

	private final StartingEvaluations starting;

	private final CallCatalogue calls;

	CallEvaluationStart(StartingEvaluations starting, CallCatalogue calls) {
		this.starting = starting;
		this.calls = calls;
	}

	@Override
	public void start(String submissionReference, String callReference, List<String> experts) {
		this.starting.start(submissionReference, callReference, experts,
				terms(this.calls.call(callReference, null).evaluation()));
	}

	static EvaluationTerms terms(CallView.Evaluation rules) {
		return new EvaluationTerms(rules.consensusMode(), rules.consensusSpread(),
				Duration.ofDays(rules.declarationDays()), Duration.ofDays(rules.scoringDays()),
				Duration.ofDays(rules.reminderDays()));
	}

}
