package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

/**
 * Ranks a call's evaluated proposals and draws the budget line.
 * <ol>
 * <li>The panel's {@linkplain ScoreAdjustment score adjustments} are applied in the order
 * given, each only if its {@code before} is still the score.</li>
 * <li>Thresholds read the unweighted scores: a proposal passes when every criterion's
 * score is at least its threshold and their sum (the total) is at least the overall
 * threshold. Any other proposal is rejected, with every threshold it fails.</li>
 * <li>The passing proposals are ordered by their weighted score, highest first:
 * <pre>weighted score = Σ over the criteria c of score(c) × weight(c)</pre> e.g. with
 * Impact weighted 1.5, scores 4, 3.5 and 4 give 4 + 3.5 × 1.5 + 4 = 13.25. Equal weighted
 * scores are ordered by the call's tie-breaks, then the earlier submission, then the
 * submission reference, so the order never depends on how the proposals came. The
 * rejected ones follow in the same order, unranked.</li>
 * <li>The panel's {@linkplain OrderAdjustment order adjustments} then move passing
 * proposals, in the order given.</li>
 * <li>Funding follows the rank order: while each request fits what remains of the budget,
 * the proposal is selected and its request is taken from the budget. The first request
 * that does not fit draws the budget line: that proposal and every passing one below it
 * are the reserve list, in rank order, even one whose smaller request would fit what
 * remains (funding never skips down the ranking).</li>
 * </ol>
 * The same terms, proposals and adjustments always give the same ranking.
 */
public final class RankingProposals {

	private RankingProposals() {
	}

	/**
	 * The ranking, or a refusal: a proposal without a requested amount (requests are
	 * mandatory at submission, so the ranking does not guess one) or with a negative one,
	 * or missing a consensus score, or with a score that is not 0 to 5 in half points or
	 * for a criterion the call does not have, is refused with a
	 * {@link StateConflictException} naming it; so is a score adjustment whose
	 * {@code before} is no longer the score, and an order adjustment of a proposal that
	 * fails a threshold. An adjustment of a proposal not in the list, a score adjustment
	 * on a criterion the call does not have, and a move beyond the passing proposals are
	 * refused with an {@link InvalidInputException}.
	 * @param terms the call's criteria, thresholds, budget and tie-breaks
	 * @param proposals the call's evaluated proposals, in any order, references distinct
	 * @param adjustments the panel's adjustments, in the order they were made
	 */
	public static RankingResult rank(RankingTerms terms, List<EvaluatedProposal> proposals,
			List<PanelAdjustment> adjustments) {
		Map<String, Standing> standings = Standing.of(terms, proposals);
		List<OrderAdjustment> moves = new ArrayList<>();
		for (PanelAdjustment adjustment : adjustments) {
			Standing standing = standings.get(adjustment.submissionReference());
			if (standing == null) {
				throw InvalidInputException.of("submissionReference",
						adjustment.submissionReference() + " is not a proposal of this ranking");
			}
			if (adjustment instanceof ScoreAdjustment change) {
				adjustScore(terms, standing, change);
			}
			else {
				moves.add((OrderAdjustment) adjustment);
			}
		}
		List<Standing> passing = new ArrayList<>();
		List<Standing> rejected = new ArrayList<>();
		for (Standing standing : standings.values()) {
			standing.judge(terms);
			(standing.passes() ? passing : rejected).add(standing);
		}
		RankOrder order = new RankOrder(terms);
		passing.sort(order);
		rejected.sort(order);
		for (OrderAdjustment move : moves) {
			move(passing, standings.get(move.submissionReference()), move);
		}
		return new Funding(terms, order, passing, rejected).result();
	}

	private static void adjustScore(RankingTerms terms, Standing standing, ScoreAdjustment change) {
		int index = terms.indexOf(change.criterion());
		if (index < 0) {
			throw InvalidInputException.of("criterion",
					"\"" + change.criterion() + "\" is not a criterion of the call");
		}
		BigDecimal current = standing.scores[index];
		if (current.compareTo(change.before()) != 0) {
			throw new StateConflictException("The " + terms.criteria().get(index).name() + " score of "
					+ standing.reference() + " is " + Scores.inWords(current) + ", not "
					+ Scores.inWords(change.before()) + " as the adjustment says: someone changed it meanwhile");
		}
		standing.scores[index] = change.after().stripTrailingZeros().setScale(1);
		standing.adjusted(change);
	}

	private static void move(List<Standing> passing, Standing standing, OrderAdjustment move) {
		if (!standing.passes()) {
			throw new StateConflictException(standing.reference() + " cannot be moved in the ranking: it fails "
					+ "a threshold (" + String.join("; ", standing.failures) + ") and is not ranked");
		}
		if (move.position() > passing.size()) {
			throw InvalidInputException.of("position",
					"must be between 1 and " + passing.size() + ", the number of passing proposals");
		}
		int from = passing.indexOf(standing);
		passing.remove(from);
		passing.add(move.position() - 1, standing);
		standing.movedFrom = from + 1;
		standing.movedTo = move.position();
		standing.adjusted(move);
	}

}
