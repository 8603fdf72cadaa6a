package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ExpertiseAffinity} for many proposals at once: experts indexed by their terms,
 * so that a proposal reaches only the experts who share a term with it; every other
 * expert's affinity is 0. It computes exactly what {@link ExpertiseAffinity#of} computes.
 */
final class AffinityIndex {

	private final Map<String, int[]> expertsByTerm = new HashMap<>();

	private final int[] keywordMatches;

	private final int[] textMatches;

	private final int longestTerm;

	AffinityIndex(List<Candidate> candidates) {
		Map<String, List<Integer>> byTerm = new HashMap<>();
		int longest = 1;
		for (int e = 0; e < candidates.size(); e++) {
			for (String term : Terms.terms(candidates.get(e).expertise())) {
				byTerm.computeIfAbsent(term, (t) -> new ArrayList<>()).add(e);
				longest = Math.max(longest, Terms.length(term));
			}
		}
		byTerm.forEach((term, experts) -> this.expertsByTerm.put(term,
				experts.stream().mapToInt(Integer::intValue).toArray()));
		this.longestTerm = Math.min(longest, ExpertiseAffinity.LONGEST_TERM);
		this.keywordMatches = new int[candidates.size()];
		this.textMatches = new int[candidates.size()];
	}

	/**
	 * Every expert's affinity with the proposal, by expert index. Not thread-safe: it
	 * reuses its counters.
	 */
	byte[] affinities(ProposalToAssign proposal) {
		Set<String> keywords = Terms.terms(proposal.keywords());
		List<Integer> touched = new ArrayList<>();
		for (String keyword : keywords) {
			for (int e : this.expertsByTerm.getOrDefault(keyword, new int[0])) {
				if (this.keywordMatches[e]++ == 0 && this.textMatches[e] == 0) {
					touched.add(e);
				}
			}
		}
		for (String phrase : Terms.phrases(proposal.text(), this.longestTerm)) {
			if (keywords.contains(phrase)) {
				continue;
			}
			for (int e : this.expertsByTerm.getOrDefault(phrase, new int[0])) {
				if (this.textMatches[e]++ == 0 && this.keywordMatches[e] == 0) {
					touched.add(e);
				}
			}
		}
		byte[] affinities = new byte[this.keywordMatches.length];
		for (int e : touched) {
			affinities[e] = (byte) ExpertiseAffinity.score(this.keywordMatches[e], this.textMatches[e],
					keywords.size());
			this.keywordMatches[e] = 0;
			this.textMatches[e] = 0;
		}
		return affinities;
	}

}
