package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the ranked proposals down the budget: selected while each request fits what
 * remains, reserve from the first that does not; writes each proposal's line.
 */
final class Funding {

	private final RankingTerms terms;

	private final RankOrder order;

	private final List<Standing> passing;

	private final List<Standing> rejected;

	private final Money money;

	Funding(RankingTerms terms, RankOrder order, List<Standing> passing, List<Standing> rejected) {
		this.terms = terms;
		this.order = order;
		this.passing = passing;
		this.rejected = rejected;
		this.money = new Money(terms.currency());
	}

	RankingResult result() {
		List<RankedProposal> entries = new ArrayList<>(this.passing.size() + this.rejected.size());
		BigDecimal remaining = this.terms.budget();
		Standing line = null;
		int lineRank = 0;
		int reserve = 0;
		int count = this.passing.size();
		for (int i = 0; i < count; i++) {
			Standing standing = this.passing.get(i);
			int rank = i + 1;
			BigDecimal requested = standing.proposal.requestedAmount();
			String ranked = "Ranked " + rank + " of " + count + " passing proposals";
			if (line == null && requested.compareTo(remaining) <= 0) {
				remaining = remaining.subtract(requested);
				entries.add(entry(standing, rank, FundingOutcome.SELECTED, ranked + ", within the budget", remaining,
						null, placeDecided(i)));
				continue;
			}
			reserve++;
			String figures = "(remaining " + money(remaining) + ", requested " + money(requested) + ")";
			String reason;
			if (line == null) {
				line = standing;
				lineRank = rank;
				reason = ranked + ". The budget was used up by higher-ranked proposals " + figures
						+ "; first on the reserve list";
			}
			else {
				reason = ranked + ", below the budget line drawn at rank " + lineRank + " " + figures
						+ ": funding follows the rank order; " + ordinal(reserve) + " on the reserve list";
			}
			entries.add(entry(standing, rank, FundingOutcome.RESERVE, reason, remaining, reserve, placeDecided(i)));
		}
		for (Standing standing : this.rejected) {
			entries.add(entry(standing, null, FundingOutcome.REJECTED, String.join("; ", standing.failures), null, null,
					null));
		}
		return new RankingResult(entries, this.terms.budget(), this.terms.currency(),
				this.terms.budget().subtract(remaining), remaining, count - reserve, reserve, this.rejected.size(),
				(line != null) ? lineRank : null, (line != null) ? line.reference() : null);
	}

	private String placeDecided(int index) {
		Standing standing = this.passing.get(index);
		if (standing.movedTo != 0) {
			return (standing.movedFrom == standing.movedTo) ? "Kept at rank " + standing.movedTo + " by the panel"
					: "Moved by the panel from rank " + standing.movedFrom + " to rank " + standing.movedTo;
		}
		if (index == 0) {
			return null;
		}
		Standing above = this.passing.get(index - 1);
		String explained = this.order.explain(above, standing);
		return (explained != null) ? explained
				: "Below " + above.reference() + ", which the panel moved to rank " + above.movedTo;
	}

	private RankedProposal entry(Standing standing, Integer rank, FundingOutcome outcome, String reason,
			BigDecimal remaining, Integer reservePosition, String placeDecidedBy) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (int i = 0; i < standing.scores.length; i++) {
			scores.put(this.terms.criteria().get(i).name(), standing.scores[i]);
		}
		EvaluatedProposal proposal = standing.proposal;
		return new RankedProposal(rank, proposal.submissionReference(), proposal.organisationName(),
				Collections.unmodifiableMap(scores), standing.total, standing.weighted, outcome, reason,
				proposal.requestedAmount(), remaining, reservePosition, placeDecidedBy, standing.adjustments());
	}

	private String money(BigDecimal amount) {
		return this.money.inWords(amount);
	}

	private static String ordinal(int n) {
		int lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

}
