package org.opencall.selection.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the ranking: the higher weighted score first, then the call's tie-breaks
 * in order, then the earlier submission, then the submission reference (alphabetical), so
 * that no two proposals are equal. Also says which of these keys put one proposal below
 * another.
 */
final class RankOrder implements Comparator<Standing> {

	private static final int EARLIER = -1;

	/**
	 * The index of the criterion each key compares, or {@link #EARLIER} for submission
	 * time.
	 */
	private final int[] keys;

	private final RankingTerms terms;

	RankOrder(RankingTerms terms) {
		this.terms = terms;
		List<Integer> order = new ArrayList<>();
		for (TieBreak tieBreak : terms.tieBreaks()) {
			order.add((tieBreak.kind() == TieBreak.Kind.EARLIER_SUBMISSION) ? EARLIER
					: terms.indexOf(tieBreak.criterion()));
		}
		if (!order.contains(EARLIER)) {
			order.add(EARLIER);
		}
		this.keys = order.stream().mapToInt(Integer::intValue).toArray();
	}

	@Override
	public int compare(Standing a, Standing b) {
		int weighted = b.weighted.compareTo(a.weighted);
		if (weighted != 0) {
			return weighted;
		}
		for (int key : this.keys) {
			int compared = compareOn(key, a, b);
			if (compared != 0) {
				return compared;
			}
		}
		return a.reference().compareTo(b.reference());
	}

	/**
	 * What put {@code below} under {@code above}, e.g. "Below OC-7 by a lower Impact (4
	 * against 4.5) on an equal weighted score (12) and Excellence (4.5)"; {@code null}
	 * when this order would put it above (the panel moved one of them).
	 */
	String explain(Standing above, Standing below) {
		if (compare(above, below) > 0) {
			return null;
		}
		String prefix = "Below " + above.reference() + " by ";
		if (above.weighted.compareTo(below.weighted) != 0) {
			return prefix + "a lower weighted score (" + Scores.inWords(below.weighted) + " against "
					+ Scores.inWords(above.weighted) + ")";
		}
		List<String> equal = new ArrayList<>();
		equal.add("weighted score (" + Scores.inWords(above.weighted) + ")");
		for (int key : this.keys) {
			if (compareOn(key, above, below) != 0) {
				return prefix + decidingKey(key, above, below) + " on an equal " + list(equal);
			}
			equal.add((key == EARLIER) ? "submission time"
					: this.terms.criteria().get(key).name() + " (" + Scores.inWords(above.scores[key]) + ")");
		}
		return prefix + "its submission reference on an equal " + list(equal);
	}

	private int compareOn(int key, Standing a, Standing b) {
		if (key == EARLIER) {
			return a.proposal.submittedAt().compareTo(b.proposal.submittedAt());
		}
		return b.scores[key].compareTo(a.scores[key]);
	}

	private String decidingKey(int key, Standing above, Standing below) {
		if (key == EARLIER) {
			return "a later submission (" + below.proposal.submittedAt() + " against " + above.proposal.submittedAt()
					+ ")";
		}
		return "a lower " + this.terms.criteria().get(key).name() + " (" + Scores.inWords(below.scores[key])
				+ " against " + Scores.inWords(above.scores[key]) + ")";
	}

	private static String list(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

}
