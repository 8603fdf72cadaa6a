package org.opencall.selection;

import java.util.HashMap;
import java.util.Map;

import org.opencall.calls.CallView;
import org.opencall.platform.PageFormat;
import org.opencall.platform.TextRules;
import org.opencall.selection.OfficerSelections.Found;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.DecisionList.Listed;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.process.SelectionProcess;

import org.springframework.stereotype.Component;

/**
 * What the proposing and approving officers' forms show: the call, its budget and the
 * ranking in words — the proposed list once there is one, the ranking as it stands
 * before. The first {@value #LINES} proposals are listed, fewer when their lines would
 * pass {@value #MAXIMUM_LENGTH} characters; the page in Opencall shows all.
 */
@Component
class SelectionTaskContext {

	static final int LINES = 100;

	/**
	 * The engine keeps a text variable of at most this many characters; the summary lists
	 * as many proposals as fit within it.
	 */
	static final int MAXIMUM_LENGTH = TextRules.NOTE;

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
		int shown = 0;
		for (Listed listed : list.proposals()) {
			String line = line(listed, currency);
			int left = list.proposals().size() - shown - 1;
			String tail = (left > 0) ? more(left) : "";
			if (shown == LINES || text.length() + line.length() + tail.length() > MAXIMUM_LENGTH) {
				break;
			}
			text.append(line);
			shown++;
		}
		if (list.proposals().size() > shown) {
			text.append(more(list.proposals().size() - shown));
		}
		return text.toString();
	}

	private static String line(Listed listed, String currency) {
		return "\n" + ((listed.rank() != null) ? listed.rank() + ". " : "– ") + listed.submissionReference() + ' '
				+ listed.title() + " (" + listed.organisation() + "): " + Outcomes.words(listed.outcome()) + ", total "
				+ listed.total().stripTrailingZeros().toPlainString() + ", weighted "
				+ listed.weighted().stripTrailingZeros().toPlainString() + ", requests "
				+ PageFormat.moneyOf(listed.requested(), currency);
	}

	private static String more(int left) {
		return "\n… and " + left + " more in Opencall.";
	}

}
