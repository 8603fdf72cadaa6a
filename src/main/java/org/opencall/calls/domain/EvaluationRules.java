package org.opencall.calls.domain;

import java.math.BigDecimal;
import java.util.List;

import org.opencall.platform.FieldViolation;

/**
 * How a call's proposals are evaluated, besides its criteria and experts per proposal:
 * blind or not, when a consensus round is held, whether experts of the applicant's
 * country are in conflict, and the days experts have at each step. Defaults follow the EU
 * practice: not blind, consensus always, a week to answer an invitation, five days to
 * declare conflicts, three weeks to score with a reminder three days before.
 */
public record EvaluationRules(boolean blindEvaluation, ConsensusMode consensusMode, BigDecimal consensusSpread,
		boolean sameCountryConflicts, int invitationDays, int declarationDays, int scoringDays, int reminderDays) {

	public static final EvaluationRules DEFAULT = new EvaluationRules(false, ConsensusMode.ALWAYS,
			new BigDecimal("1.5"), false, 7, 5, 21, 3);

	private static final int MAX_DAYS = 365;

	/** The rules as entered; what is missing takes its default. */
	public record Draft(Boolean blindEvaluation, String consensusMode, BigDecimal consensusSpread,
			Boolean sameCountryConflicts, Integer invitationDays, Integer declarationDays, Integer scoringDays,
			Integer reminderDays) {
	}

	static EvaluationRules of(Draft draft, List<FieldViolation> violations) {
		if (draft == null) {
			return DEFAULT;
		}
		ConsensusMode mode = DEFAULT.consensusMode();
		if (draft.consensusMode() != null && !draft.consensusMode().isBlank()) {
			try {
				mode = ConsensusMode.valueOf(draft.consensusMode().strip().toUpperCase());
			}
			catch (IllegalArgumentException ex) {
				violations.add(new FieldViolation("evaluation.consensusMode", "must be ALWAYS or ON_DIVERGENCE"));
			}
		}
		BigDecimal spread = (draft.consensusSpread() != null) ? draft.consensusSpread() : DEFAULT.consensusSpread();
		if (spread.signum() <= 0 || spread.compareTo(CallTerms.MAX_SCORE) > 0
				|| spread.remainder(new BigDecimal("0.5")).signum() != 0) {
			violations.add(new FieldViolation("evaluation.consensusSpread",
					"must be between 0.5 and " + CallTerms.MAX_SCORE + " points in half points"));
		}
		int invitation = days(violations, "invitationDays", draft.invitationDays(), DEFAULT.invitationDays());
		int declaration = days(violations, "declarationDays", draft.declarationDays(), DEFAULT.declarationDays());
		int scoring = days(violations, "scoringDays", draft.scoringDays(), DEFAULT.scoringDays());
		int reminder = (draft.reminderDays() != null) ? draft.reminderDays() : DEFAULT.reminderDays();
		if (reminder < 0 || reminder >= scoring) {
			violations.add(new FieldViolation("evaluation.reminderDays",
					"must be at least 0 and fewer than the days to score (" + scoring + ")"));
		}
		return new EvaluationRules(Boolean.TRUE.equals(draft.blindEvaluation()), mode, spread,
				Boolean.TRUE.equals(draft.sameCountryConflicts()), invitation, declaration, scoring, reminder);
	}

	private static int days(List<FieldViolation> violations, String field, Integer value, int fallback) {
		int days = (value != null) ? value : fallback;
		if (days < 1 || days > MAX_DAYS) {
			violations.add(new FieldViolation("evaluation." + field, "must be between 1 and " + MAX_DAYS + " days"));
		}
		return days;
	}

}
