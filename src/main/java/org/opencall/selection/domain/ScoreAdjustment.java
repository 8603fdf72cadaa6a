package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The panel changed a proposal's consensus score on one criterion from {@code before} to
 * {@code after}. Refused when made without a justification of at least
 * {@value PanelAdjustment#MIN_JUSTIFICATION_LETTERS} letters, or with a score that is not
 * 0 to 5 in half points, or with {@code after} equal to {@code before}; the ranking
 * refuses it for a criterion the call does not have and when {@code before} is no longer
 * the score (someone changed it meanwhile).
 */
public record ScoreAdjustment(String submissionReference, String criterion, BigDecimal before, BigDecimal after,
		String justification, String by, Instant at) implements PanelAdjustment {

	public ScoreAdjustment {
		List<FieldViolation> violations = new ArrayList<>();
		justification = AdjustmentChecks.common(violations, submissionReference, justification, by, at);
		if (criterion == null || criterion.isBlank()) {
			violations.add(new FieldViolation("criterion", "is required"));
		}
		score(violations, "before", before);
		score(violations, "after", after);
		if (Scores.isScore(before) && Scores.isScore(after) && before.compareTo(after) == 0) {
			violations.add(new FieldViolation("after", "is the score already; an adjustment changes it"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		submissionReference = submissionReference.strip();
		criterion = criterion.strip();
	}

	private static void score(List<FieldViolation> violations, String field, BigDecimal value) {
		if (value == null) {
			violations.add(new FieldViolation(field, "is required"));
		}
		else if (!Scores.isScore(value)) {
			violations.add(new FieldViolation(field, "must be a score from 0 to 5 in half points, such as 3 or 3.5"));
		}
	}

}
