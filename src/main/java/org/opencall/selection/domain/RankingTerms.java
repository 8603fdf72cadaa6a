package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a call's ranking follows: its criteria in the call's order (each with threshold
 * and weight), the overall threshold on the sum of the unweighted scores, the budget to
 * fund from, in the call's currency, and the tie-breaks in order. Built from the call's
 * accepted terms, so a value out of range is a programming error, refused with an
 * {@link IllegalArgumentException}; what users enter is read by {@link TieBreak#parse}.
 *
 * @param criteria at least one, names distinct without regard to case
 * @param overallThreshold 0 to 5 points per criterion in half points; 10 when absent
 * @param budget the call's total budget, 0 or more
 * @param currency the call's currency; EUR when absent
 * @param tieBreaks distinct, each on a criterion of these terms;
 * {@linkplain TieBreak#defaultsFor the default} when absent
 */
public record RankingTerms(List<RankingCriterion> criteria, BigDecimal overallThreshold, BigDecimal budget,
		Currency currency, List<TieBreak> tieBreaks) {

	public static final BigDecimal DEFAULT_OVERALL_THRESHOLD = BigDecimal.TEN;

	public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

	public RankingTerms {
		if (criteria == null || criteria.isEmpty()) {
			throw new IllegalArgumentException("a ranking needs at least one criterion");
		}
		criteria = List.copyOf(criteria);
		Set<String> names = new HashSet<>();
		for (RankingCriterion criterion : criteria) {
			if (!names.add(criterion.name().toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("the criterion " + criterion.name() + " is listed twice");
			}
		}
		overallThreshold = (overallThreshold != null) ? overallThreshold : DEFAULT_OVERALL_THRESHOLD;
		BigDecimal most = Scores.MAX.multiply(BigDecimal.valueOf(criteria.size()));
		if (overallThreshold.signum() < 0 || overallThreshold.compareTo(most) > 0
				|| !Scores.isHalfPoint(overallThreshold)) {
			throw new IllegalArgumentException("the overall threshold must be between 0 and " + Scores.inWords(most)
					+ " in half points, not " + overallThreshold);
		}
		if (budget == null || budget.signum() < 0) {
			throw new IllegalArgumentException("the budget must be 0 or more, not " + budget);
		}
		currency = (currency != null) ? currency : DEFAULT_CURRENCY;
		tieBreaks = (tieBreaks != null) ? List.copyOf(tieBreaks) : TieBreak.defaultsFor(criteria);
		if (new HashSet<>(tieBreaks).size() < tieBreaks.size()) {
			throw new IllegalArgumentException("a tie-break is listed twice in " + tieBreaks);
		}
		for (TieBreak tieBreak : tieBreaks) {
			if (tieBreak.kind() == TieBreak.Kind.HIGHER_SCORE && indexOf(criteria, tieBreak.criterion()) < 0) {
				throw new IllegalArgumentException(
						"the tie-break on " + tieBreak.criterion() + " names no criterion of the call");
			}
		}
	}

	/**
	 * Terms with the default tie-breaks: the first two criteria, then the earlier
	 * submission.
	 */
	public static RankingTerms withDefaultTieBreaks(List<RankingCriterion> criteria, BigDecimal overallThreshold,
			BigDecimal budget, Currency currency) {
		return new RankingTerms(criteria, overallThreshold, budget, currency, null);
	}

	public RankingTerms withTieBreaks(List<TieBreak> replaced) {
		return new RankingTerms(this.criteria, this.overallThreshold, this.budget, this.currency, replaced);
	}

	public RankingTerms withBudget(BigDecimal replaced) {
		return new RankingTerms(this.criteria, this.overallThreshold, replaced, this.currency, this.tieBreaks);
	}

	/** The position of the named criterion (without regard to case), or -1. */
	int indexOf(String criterion) {
		return indexOf(this.criteria, criterion);
	}

	private static int indexOf(List<RankingCriterion> criteria, String name) {
		for (int i = 0; i < criteria.size(); i++) {
			if (criteria.get(i).isNamed(name)) {
				return i;
			}
		}
		return -1;
	}

}
