package org.opencall.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencall.calls.CallView;
import org.opencall.platform.PageFormat;
import org.opencall.selection.OfficerSelections.Found;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.DecisionList.Listed;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.process.SelectionProcess;

import org.springframework.stereotype.Component;

/**
 * What the proposing and approving officers' forms show: the call, its budget and the
 * ranking in words — the proposed list once there is one, the ranking as it stands
 * before. The first {@value #LINES} proposals are listed; the page in Opencall shows all.
 */
@Component
class SelectionTaskContext {

	static final int LINES = 100;

	private final OfficerSelections selections;

	private final RankingOfCall ranking;

	SelectionTaskContext(OfficerSelections selections, RankingOfCall ranking) {
		this.selections = selections;
		this.ranking = ranking;
	}

	Map<String, Object> of(String callReference) {
		Found found = this.selections.byReference(callReference);
		CallView call = found.call();
		Selection selection = found.selection();
		DecisionList list = (selection.proposedList() != null) ? selection.proposedList()
				: this.ranking.current(call, selection);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SelectionProcess.VAR_CALL_REFERENCE, call.reference());
		variables.put(SelectionProcess.VAR_CALL_TITLE, call.title());
		variables.put(SelectionProcess.VAR_CALL_BUDGET, PageFormat.moneyOf(call.totalBudget(), call.currency()));
		variables.put(SelectionProcess.VAR_DECISION_SUMMARY, summary(list, call.currency()));
		variables.put(SelectionProcess.VAR_PROPOSED_BY, (selection.proposedBy() != null) ? selection.proposedBy() : "");
		variables.put(SelectionProcess.VAR_PROPOSAL_COMMENT,
				(selection.proposalComment() != null) ? selection.proposalComment() : "");
		return variables;
	}

	static String summary(DecisionList list, String currency) {
		StringBuilder text = new StringBuilder();
		text.append(list.count(Outcomes.SELECTED))
			.append(" selected (")
			.append(PageFormat.moneyOf(list.committed(), currency))
			.append(" of ")
			.append(PageFormat.moneyOf(list.budget(), currency))
			.append("), ")
			.append(list.count(Outcomes.RESERVE))
			.append(" on the reserve list, ")
			.append(list.count(Outcomes.REJECTED))
			.append(" rejected.\n");
		List<Listed> shown = list.proposals().stream().limit(LINES).toList();
		for (Listed listed : shown) {
			text.append('\n')
				.append((listed.rank() != null) ? listed.rank() + ". " : "– ")
				.append(listed.submissionReference())
				.append(' ')
				.append(listed.title())
				.append(" (")
				.append(listed.organisation())
				.append("): ")
				.append(Outcomes.words(listed.outcome()))
				.append(", total ")
				.append(listed.total().stripTrailingZeros().toPlainString())
				.append(", weighted ")
				.append(listed.weighted().stripTrailingZeros().toPlainString())
				.append(", requests ")
				.append(PageFormat.moneyOf(listed.requested(), currency));
		}
		if (list.proposals().size() > shown.size()) {
			text.append("\n… and ").append(list.proposals().size() - shown.size()).append(" more in Opencall.");
		}
		return text.toString();
	}

}
