package org.opencall.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.platform.TextRules;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.DecisionList.Listed;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionTaskContextTest {

	@Test
	void aSmallCallsRankingIsListedWhole() {
		String summary = SelectionTaskContext.summary(list(3), "EUR");
		assertThat(summary).startsWith("1 selected (€48,000 of €100,000), 1 on the reserve list, 1 rejected.")
			.contains("1. S-000001 Proposal 1 (Company 1): Selected for funding, total 13.5, weighted 13.5,"
					+ " requests €48,000")
			.contains("– S-000003")
			.doesNotContain("more in Opencall");
	}

	@Test
	void aLargeCallsRankingListsTheProposalsThatFitTheEnginesTextVariableAndCountsTheRest() {
		String summary = SelectionTaskContext.summary(list(10_000), "EUR");
		assertThat(summary).hasSizeLessThanOrEqualTo(TextRules.NOTE)
			.startsWith("1 selected")
			.contains("\n1. S-000001 ");
		long listed = summary.lines().filter((line) -> line.contains(" S-")).count();
		assertThat(listed).isBetween(20L, (long) SelectionTaskContext.LINES);
		assertThat(summary).endsWith("\n… and " + (10_000 - listed) + " more in Opencall.");
	}

	private static DecisionList list(int size) {
		List<Listed> proposals = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			String outcome = (i == 1) ? Outcomes.SELECTED : (i == 2) ? Outcomes.RESERVE : Outcomes.REJECTED;
			proposals.add(new Listed(String.format("S-%06d", i), "Proposal " + i, "Company " + i,
					outcome.equals(Outcomes.REJECTED) ? null : i, outcome, "", Map.of(), new BigDecimal("13.5"),
					new BigDecimal("13.5"), new BigDecimal("48000")));
		}
		return new DecisionList(proposals, new BigDecimal("100000"), new BigDecimal("48000"));
	}

}
