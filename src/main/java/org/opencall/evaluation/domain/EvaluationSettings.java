package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * What a call may set for the evaluation of its proposals: how many experts score each,
 * when a consensus round is held (always, or when scores lie further apart than the
 * allowed spread), how long an expert has to declare conflicts and to score from their
 * assignment, and how long before the scoring deadline they are reminded.
 */
public record EvaluationSettings(int expertsPerSubmission, ConsensusMode consensusMode, BigDecimal allowedSpread,
		Duration declarationPeriod, Duration scoringPeriod, Duration reminderBefore) {

	public static final int MIN_EXPERTS = 1;

	public static final int MAX_EXPERTS = 7;

	/** Accepts the settings or refuses them, naming every one that is wrong. */
	public static EvaluationSettings of(int expertsPerSubmission, ConsensusMode consensusMode, BigDecimal allowedSpread,
			Duration declarationPeriod, Duration scoringPeriod, Duration reminderBefore) {
		List<FieldViolation> violations = new ArrayList<>();
		if (expertsPerSubmission < MIN_EXPERTS || expertsPerSubmission > MAX_EXPERTS) {
			violations.add(new FieldViolation("expertsPerSubmission",
					"must be between " + MIN_EXPERTS + " and " + MAX_EXPERTS));
		}
		if (consensusMode == null) {
			violations.add(new FieldViolation("consensusMode", "choose always or on divergence"));
		}
		if (allowedSpread == null || allowedSpread.signum() < 0 || allowedSpread.compareTo(ScoreSheet.MAX_SCORE) > 0
				|| !ScoreSheet.isHalfPoint(allowedSpread)) {
			violations.add(new FieldViolation("allowedSpread", "must be from 0 to 5 in half points"));
		}
		if (declarationPeriod == null || declarationPeriod.isNegative() || declarationPeriod.isZero()) {
			violations.add(new FieldViolation("declarationPeriod", "must be a positive duration"));
		}
		if (scoringPeriod == null || scoringPeriod.isNegative() || scoringPeriod.isZero()) {
			violations.add(new FieldViolation("scoringPeriod", "must be a positive duration"));
		}
		else if (declarationPeriod != null && scoringPeriod.compareTo(declarationPeriod) < 0) {
			violations.add(new FieldViolation("scoringPeriod", "must be at least the declaration period"));
		}
		if (reminderBefore == null || reminderBefore.isNegative()
				|| (scoringPeriod != null && reminderBefore.compareTo(scoringPeriod) >= 0)) {
			violations.add(new FieldViolation("reminderBefore", "must be shorter than the scoring period"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new EvaluationSettings(expertsPerSubmission, consensusMode, allowedSpread, declarationPeriod,
				scoringPeriod, reminderBefore);
	}

	/** The same settings for another number of experts, as a call asks for. */
	public EvaluationSettings withExperts(int experts) {
		return of(experts, this.consensusMode, this.allowedSpread, this.declarationPeriod, this.scoringPeriod,
				this.reminderBefore);
	}

}
