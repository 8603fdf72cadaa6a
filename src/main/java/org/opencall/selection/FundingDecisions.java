package org.opencall.selection;

import java.util.Comparator;
import java.util.Optional;

import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;
import org.opencall.selection.domain.SelectionStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved funding decisions, for the phases after selection (contracting opens the
 * selected proposals' grants and promotes from the reserve list). Reads the list the two
 * officers decided, never the ranking as it would stand today.
 */
@Component
@Transactional(readOnly = true)
public class FundingDecisions {

	private static final Comparator<DecisionList.Listed> RANK_ORDER = Comparator.comparing(DecisionList.Listed::rank,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final SelectionRepository selections;

	FundingDecisions(SelectionRepository selections) {
		this.selections = selections;
	}

	/**
	 * The call's decided funding; empty while it is not decided (or has no selection).
	 */
	public Optional<DecidedFunding> of(String callReference) {
		return this.selections.findByCallReference(callReference)
			.filter((selection) -> selection.status() == SelectionStatus.DECIDED)
			.map(FundingDecisions::decided);
	}

	private static DecidedFunding decided(Selection selection) {
		DecisionList list = selection.proposedList();
		return new DecidedFunding(selection.callReference(), list.budget(),
				list.proposals()
					.stream()
					.sorted(RANK_ORDER)
					.map((p) -> new DecidedProposal(p.submissionReference(), p.title(), p.organisation(), p.rank(),
							p.outcome(), p.requested()))
					.toList());
	}

}
