package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What a call may set for evaluating its proposals besides its criteria and number of
 * experts: when a consensus round is held ({@code ALWAYS}, or {@code ON_DIVERGENCE} of
 * the scores beyond {@code allowedSpread}), how long an expert has from their assignment
 * to declare conflicts and to score, and how long before the scoring deadline they are
 * reminded. The defaults are the {@code opencall.evaluation.*} settings.
 */
public record EvaluationTerms(String consensusMode, BigDecimal allowedSpread, Duration declarationPeriod,
		Duration scoringPeriod, Duration reminderBefore) {
}
