package org.opencall.evaluation.domain;

import java.util.Set;

/**
 * How well an expert's expertise fits a proposal, from 0 (nothing in common) to 100.
 * <p>
 * Both sides are compared as {@link Terms} (no case, no accents, simple plurals as
 * singulars). Let {@code K} be the proposal's keywords, {@code E} the expert's keywords
 * and topics, and {@code T} the phrases of the proposal's text (challenge, title and
 * summary):
 * <ul>
 * <li>keyword matches {@code k = |E ∩ K|} — the strong signal: the share of the
 * proposal's keywords the expert knows, {@code k / |K|};</li>
 * <li>text matches {@code t = |(E \ K) ∩ T|} — the weak signal: the expert's other terms
 * that the proposal's text uses, counted up to
 * {@value #TEXT_MATCHES_FOR_FULL_CREDIT}.</li>
 * </ul>
 * {@code affinity = round(100 × (0.8 × k / |K| + 0.2 × min(t, 3) / 3))}; a proposal
 * without keywords is judged by its text alone: {@code round(100 × min(t, 3) / 3)}. An
 * expert who knows every keyword and three more terms of the text scores 100; one who
 * knows none of the keywords scores at most 20.
 */
public final class ExpertiseAffinity {

	static final int KEYWORD_PERCENT = 80;

	static final int TEXT_MATCHES_FOR_FULL_CREDIT = 3;

	/** Expertise terms longer than this many words are not looked for in a text. */
	static final int LONGEST_TERM = 6;

	private ExpertiseAffinity() {
	}

	/** The expert's affinity with the proposal, 0–100. */
	public static int of(Candidate expert, ProposalToAssign proposal) {
		Set<String> expertise = Terms.terms(expert.expertise());
		Set<String> keywords = Terms.terms(proposal.keywords());
		Set<String> text = Terms.phrases(proposal.text(), LONGEST_TERM);
		int keywordMatches = 0;
		int textMatches = 0;
		for (String term : expertise) {
			if (keywords.contains(term)) {
				keywordMatches++;
			}
			else if (text.contains(term)) {
				textMatches++;
			}
		}
		return score(keywordMatches, textMatches, keywords.size());
	}

	static int score(int keywordMatches, int textMatches, int keywords) {
		double text = (double) Math.min(textMatches, TEXT_MATCHES_FOR_FULL_CREDIT) / TEXT_MATCHES_FOR_FULL_CREDIT;
		if (keywords == 0) {
			return (int) Math.round(100 * text);
		}
		return (int) Math
			.round(KEYWORD_PERCENT * ((double) keywordMatches / keywords) + (100 - KEYWORD_PERCENT) * text);
	}

}
