package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

/**
 * Scores as an expert or a rapporteur enters them, not yet accepted: one score and one
 * comment per criterion in the call's order (the fields {@code score1}, {@code comment1},
 * {@code score2} … of the task forms), and an overall comment. A score arrives as text,
 * so that a value that is no number is refused like any other.
 */
public record ScoreSheet(List<String> scores, List<String> comments, String overallComment) {

	public static final String SCORE = "score";

	public static final String COMMENT = "comment";

	public static final String OVERALL_COMMENT = "overallComment";

	public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	public ScoreSheet {
		scores = new ArrayList<>(scores);
		comments = new ArrayList<>(comments);
	}

	public static String scoreField(int index) {
		return SCORE + (index + 1);
	}

	public static String commentField(int index) {
		return COMMENT + (index + 1);
	}

	/**
	 * The accepted scores, one per criterion, or a refusal naming every field that is
	 * wrong: a score missing, not a number, outside 0–5 or not in half points; a comment
	 * missing; a score or comment for a criterion the call does not have; the overall
	 * comment missing.
	 */
	public Scorecard accept(List<EvaluationCriterion> criteria) {
		List<FieldViolation> violations = new ArrayList<>();
		List<CriterionScore> accepted = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			String name = criteria.get(i).name();
			BigDecimal score = score(violations, scoreField(i), name, at(this.scores, i));
			String comment = at(this.comments, i);
			if (comment == null || comment.isBlank()) {
				violations.add(new FieldViolation(commentField(i), "a comment on " + name + " is required"));
			}
			else {
				comment = TextRules.optional(violations, commentField(i), comment, TextRules.NOTE);
			}
			accepted.add(new CriterionScore(name, score, comment));
		}
		for (int i = criteria.size(); i < Math.max(this.scores.size(), this.comments.size()); i++) {
			if (at(this.scores, i) != null && !at(this.scores, i).isBlank()) {
				violations.add(new FieldViolation(scoreField(i), "the call has " + criteria.size()
						+ " criteria; there is no criterion " + (i + 1) + " to score"));
			}
		}
		String overall = TextRules.required(violations, OVERALL_COMMENT, this.overallComment, TextRules.NOTE);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Scorecard(accepted, overall);
	}

	private static BigDecimal score(List<FieldViolation> violations, String field, String criterion, String text) {
		if (text == null || text.isBlank()) {
			violations.add(new FieldViolation(field, "a score for " + criterion + " is required"));
			return null;
		}
		BigDecimal score;
		try {
			score = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(new FieldViolation(field, "the score for " + criterion + " must be a number from 0 to 5"));
			return null;
		}
		if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
			violations.add(new FieldViolation(field, "the score for " + criterion + " must be from 0 to 5"));
			return null;
		}
		if (!isHalfPoint(score)) {
			violations.add(new FieldViolation(field,
					"the score for " + criterion + " must be in half points, such as 3 or 3.5"));
			return null;
		}
		return score.stripTrailingZeros().setScale(1);
	}

	static boolean isHalfPoint(BigDecimal value) {
		return value.multiply(TWO).stripTrailingZeros().scale() <= 0;
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : null;
	}

}
