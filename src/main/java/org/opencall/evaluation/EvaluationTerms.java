package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Duration;

import org.opencall.calls.CallView;

/**
 * What a call may set for evaluating its proposals besides its criteria and number of
 * experts: when a consensus round is held ({@code ALWAYS}, or {@code ON_DIVERGENCE} of
 * the scores beyond {@code allowedSpread}), how long an expert has from their assignment
 * to declare conflicts and to score, and how long before the scoring deadline they are
 * reminded. They come from the call's evaluation rules.
 */
public record EvaluationTerms(String consensusMode, BigDecimal allowedSpread, Duration declarationPeriod,
		Duration scoringPeriod, Duration reminderBefore) {

	/** The terms a call's evaluation rules set. */
	public static EvaluationTerms of(CallView.Evaluation rules) {
		return new EvaluationTerms(rules.consensusMode(), rules.consensusSpread(),
				Duration.ofDays(rules.declarationDays()), Duration.ofDays(rules.scoringDays()),
				Duration.ofDays(rules.reminderDays()));
	}

}
