package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How lenient or harsh each expert scores, before the panel meets: for every proposal an
 * expert scored together with others, their total minus the mean total of their
 * co-evaluators on it; an expert's calibration is the average of these differences over
 * their proposals (positive: more lenient than their peers, negative: harsher). Proposals
 * an expert scored alone say nothing and are left out.
 */
public final class Calibration {

	private Calibration() {
	}

	/** One expert's total on one proposal. */
	public record Total(String proposal, String expert, BigDecimal total) {
	}

	/**
	 * An expert's average deviation from their co-evaluators, over this many proposals.
	 */
	public record Deviation(String expert, BigDecimal average, int proposals) {
	}

	public static Map<String, Deviation> of(List<Total> totals) {
		Map<String, List<Total>> byProposal = new HashMap<>();
		totals.forEach((t) -> byProposal.computeIfAbsent(t.proposal(), (p) -> new ArrayList<>()).add(t));
		Map<String, BigDecimal> sums = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		byProposal.values().stream().filter((scored) -> scored.size() > 1).forEach((scored) -> {
			BigDecimal all = scored.stream().map(Total::total).reduce(BigDecimal.ZERO, BigDecimal::add);
			for (Total own : scored) {
				BigDecimal others = all.subtract(own.total())
					.divide(BigDecimal.valueOf(scored.size() - 1L), 4, RoundingMode.HALF_UP);
				sums.merge(own.expert(), own.total().subtract(others), BigDecimal::add);
				counts.merge(own.expert(), 1, Integer::sum);
			}
		});
		Map<String, Deviation> deviations = new TreeMap<>();
		sums.forEach((expert, sum) -> deviations.put(expert, new Deviation(expert,
				sum.divide(BigDecimal.valueOf(counts.get(expert)), 2, RoundingMode.HALF_UP), counts.get(expert))));
		return deviations;
	}

}
