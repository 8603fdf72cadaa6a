package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.platform.StateConflictException;

/**
 * One proposal while it is being ranked: its scores as the panel adjusts them, then what
 * the thresholds say of them, and where the panel moved it.
 */
final class Standing {

	/** How many faulty proposals a refusal names before it only counts the rest. */
	private static final int NAMED_PROBLEMS = 10;

	final EvaluatedProposal proposal;

	/** The consensus scores in the call's order of criteria. */
	final BigDecimal[] scores;

	private List<PanelAdjustment> adjustments = List.of();

	BigDecimal total;

	BigDecimal weighted;

	/** Every threshold failed, in words; empty when the proposal passes. */
	List<String> failures;

	/** The rank the panel last moved it from and to; 0 when never moved. */
	int movedFrom;

	int movedTo;

	Standing(EvaluatedProposal proposal, BigDecimal[] scores) {
		this.proposal = proposal;
		this.scores = scores;
	}

	/**
	 * A standing for each proposal, by reference in the order given, or a refusal naming
	 * every proposal without a requested amount or with a negative one, and every score
	 * missing, out of range or for a criterion the call does not have.
	 */
	static Map<String, Standing> of(RankingTerms terms, List<EvaluatedProposal> proposals) {
		Map<String, Integer> criteria = new HashMap<>();
		for (int i = 0; i < terms.criteria().size(); i++) {
			criteria.put(terms.criteria().get(i).name().toLowerCase(Locale.ROOT), i);
		}
		Map<String, Standing> standings = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (EvaluatedProposal proposal : proposals) {
			String reference = proposal.submissionReference();
			BigDecimal[] scores = new BigDecimal[criteria.size()];
			boolean[] scored = new boolean[criteria.size()];
			List<String> faults = new ArrayList<>(0);
			if (proposal.requestedAmount() == null) {
				faults.add("has no requested amount");
			}
			else if (proposal.requestedAmount().signum() < 0) {
				faults.add("requests a negative amount");
			}
			proposal.consensusScores().forEach((criterion, score) -> {
				Integer index = criteria.get(criterion.strip().toLowerCase(Locale.ROOT));
				if (index == null) {
					faults.add("has a score for " + criterion + ", which is not a criterion of the call");
				}
				else {
					scored[index] = true;
					if (Scores.isScore(score)) {
						scores[index] = score.stripTrailingZeros().setScale(1);
					}
					else {
						faults.add("has " + score + " for " + criterion + ", not a score from 0 to 5 in half points");
					}
				}
			});
			for (int i = 0; i < scores.length; i++) {
				if (!scored[i]) {
					faults.add("has no consensus score for " + terms.criteria().get(i).name());
				}
			}
			if (!faults.isEmpty()) {
				problems.add(reference + " " + String.join(" and ", faults));
			}
			else if (standings.putIfAbsent(reference, new Standing(proposal, scores)) != null) {
				throw new IllegalArgumentException(reference + " is listed twice");
			}
		}
		if (!problems.isEmpty()) {
			throw new StateConflictException("The proposals cannot be ranked: " + named(problems));
		}
		return standings;
	}

	private static String named(List<String> problems) {
		String named = problems.stream().limit(NAMED_PROBLEMS).collect(Collectors.joining("; "));
		return (problems.size() > NAMED_PROBLEMS) ? named + "; and " + (problems.size() - NAMED_PROBLEMS) + " more"
				: named;
	}

	String reference() {
		return this.proposal.submissionReference();
	}

	List<PanelAdjustment> adjustments() {
		return this.adjustments;
	}

	void adjusted(PanelAdjustment adjustment) {
		if (this.adjustments.isEmpty()) {
			this.adjustments = new ArrayList<>(2);
		}
		this.adjustments.add(adjustment);
	}

	boolean passes() {
		return this.failures.isEmpty();
	}

	/**
	 * Sums the scores and checks every threshold, in the criteria's order, then overall.
	 */
	void judge(RankingTerms terms) {
		List<RankingCriterion> criteria = terms.criteria();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weightedSum = BigDecimal.ZERO;
		List<String> failed = List.of();
		for (int i = 0; i < criteria.size(); i++) {
			RankingCriterion criterion = criteria.get(i);
			sum = sum.add(this.scores[i]);
			weightedSum = weightedSum.add(this.scores[i].multiply(criterion.weight()));
			if (this.scores[i].compareTo(criterion.threshold()) < 0) {
				failed = failed.isEmpty() ? new ArrayList<>(2) : failed;
				failed.add(criterion.name() + " " + Scores.inWords(this.scores[i]) + " is below its threshold "
						+ Scores.inWords(criterion.threshold()));
			}
		}
		if (sum.compareTo(terms.overallThreshold()) < 0) {
			failed = failed.isEmpty() ? new ArrayList<>(1) : failed;
			failed.add("Total " + Scores.inWords(sum) + " is below the overall threshold "
					+ Scores.inWords(terms.overallThreshold()));
		}
		this.total = sum;
		this.weighted = weightedSum;
		this.failures = failed;
	}

}
