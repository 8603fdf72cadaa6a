package org.opencall.selection.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.selection.domain.RankingFixtures.criteria;
import static org.opencall.selection.domain.RankingFixtures.entry;
import static org.opencall.selection.domain.RankingFixtures.order;
import static org.opencall.selection.domain.RankingFixtures.proposal;
import static org.opencall.selection.domain.RankingFixtures.rank;
import static org.opencall.selection.domain.RankingFixtures.terms;

/**
 * Equal weighted scores (11 in every example, weights 1): the default tie-breaks are the
 * higher Excellence, the higher Impact, the earlier submission; the submission reference
 * always comes last.
 */
class RankingTieBreaksTest {

	@Test
	void theHigherFirstCriterionBreaksATie() {
		RankingResult result = rank(terms(), proposal("OC-1", "3.5", "4", "3.5"), proposal("OC-2", "4", "3.5", "3.5"));

		assertThat(order(result)).containsExactly("OC-2", "OC-1");
		assertThat(entry(result, "OC-2").placeDecidedBy()).isNull();
		assertThat(entry(result, "OC-1").placeDecidedBy())
			.isEqualTo("Below OC-2 by a lower Excellence (3.5 against 4) on an equal weighted score (11)");
	}

	@Test
	void theHigherSecondCriterionBreaksATieOnTheFirst() {
		RankingResult result = rank(terms(), proposal("OC-1", "4", "3.5", "3.5"), proposal("OC-2", "4", "4", "3"));

		assertThat(order(result)).containsExactly("OC-2", "OC-1");
		assertThat(entry(result, "OC-1").placeDecidedBy()).isEqualTo(
				"Below OC-2 by a lower Impact (3.5 against 4) on an equal weighted score (11) and Excellence (4)");
	}

	@Test
	void theEarlierSubmissionBreaksATieOnBothCriteria() {
		RankingResult result = rank(terms(), proposal("OC-1", 60, "100000", "4", "4", "3"),
				proposal("OC-2", 0, "100000", "4", "4", "3"));

		assertThat(order(result)).containsExactly("OC-2", "OC-1");
		assertThat(entry(result, "OC-1").placeDecidedBy())
			.isEqualTo("Below OC-2 by a later submission (2026-05-04T10:00:00Z against 2026-05-04T09:00:00Z)"
					+ " on an equal weighted score (11), Excellence (4) and Impact (4)");
	}

	@Test
	void theSubmissionReferenceBreaksATieOnEverythingElse() {
		RankingResult result = rank(terms(), proposal("OC-2", "4", "4", "3"), proposal("OC-1", "4", "4", "3"));

		assertThat(order(result)).containsExactly("OC-1", "OC-2");
		assertThat(entry(result, "OC-2").placeDecidedBy()).isEqualTo("Below OC-1 by its submission reference"
				+ " on an equal weighted score (11), Excellence (4), Impact (4) and submission time");
	}

	@Test
	void theCallsOwnTieBreaksReplaceTheDefaults() {
		EvaluatedProposal early = proposal("OC-1", 0, "100000", "4", "4", "3");
		EvaluatedProposal late = proposal("OC-2", 30, "100000", "3", "4", "4");
		RankingTerms byImplementation = terms()
			.withTieBreaks(TieBreak.parse(List.of("Implementation", "EARLIER_SUBMISSION"), criteria()));
		RankingTerms byTime = terms().withTieBreaks(TieBreak.parse(List.of("EARLIER_SUBMISSION"), criteria()));

		// by default the higher Excellence wins; by Implementation, the other one
		assertThat(order(rank(terms(), early, late))).containsExactly("OC-1", "OC-2");
		assertThat(order(rank(byImplementation, early, late))).containsExactly("OC-2", "OC-1");
		assertThat(entry(rank(byImplementation, early, late), "OC-1").placeDecidedBy())
			.isEqualTo("Below OC-2 by a lower Implementation (3 against 4) on an equal weighted score (11)");
		assertThat(order(rank(byTime, late, early))).containsExactly("OC-1", "OC-2");
	}

	@Test
	void theEarlierSubmissionListedFirstComesBeforeTheCriteria() {
		RankingTerms timeFirst = terms()
			.withTieBreaks(TieBreak.parse(List.of("EARLIER_SUBMISSION", "Excellence"), criteria()));

		RankingResult result = rank(timeFirst, proposal("OC-1", 10, "100000", "5", "3", "3"),
				proposal("OC-2", 5, "100000", "3", "5", "3"));

		assertThat(order(result)).containsExactly("OC-2", "OC-1");
	}

	@Test
	void theOrderDoesNotDependOnTheOrderTheProposalsCome() {
		Random random = new Random(7);
		List<EvaluatedProposal> proposals = new ArrayList<>();
		String[] scores = { "3", "3.5", "4" };
		for (int i = 0; i < 60; i++) {
			proposals.add(proposal("OC-" + (100 + i), random.nextInt(3), "50000", scores[random.nextInt(3)],
					scores[random.nextInt(3)], scores[random.nextInt(3)]));
		}
		RankingResult first = RankingProposals.rank(terms(), proposals, List.of());

		Collections.shuffle(proposals, random);

		assertThat(RankingProposals.rank(terms(), proposals, List.of())).isEqualTo(first);
	}

}
