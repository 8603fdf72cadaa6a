package org.opencall.selection;

import java.time.Instant;
import java.util.Map;

import org.opencall.calls.CallSelection;
import org.opencall.identity.Programme;
import org.opencall.selection.domain.SelectionStatus;
import org.opencall.selection.process.SelectionSteps;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The selection module's answer to its process: the steps {@code selection} takes, on the
 * use cases that apply them.
 */
@Component
@Transactional
class SelectionStepsAdapter implements SelectionSteps {

	private final OfficerSelections selections;

	private final FundingDecision decision;

	private final SelectionTaskContext context;

	private final ResultLetters letters;

	private final CallSelection calls;

	SelectionStepsAdapter(OfficerSelections selections, FundingDecision decision, SelectionTaskContext context,
			ResultLetters letters, CallSelection calls) {
		this.selections = selections;
		this.decision = decision;
		this.context = context;
		this.letters = letters;
		this.calls = calls;
	}

	@Override
	public String officersGroup(String callReference) {
		return Programme.groupIdOf(this.selections.byReference(callReference).selection().programmeCode());
	}

	@Override
	public Map<String, Object> taskContext(String callReference) {
		return this.context.of(callReference);
	}

	@Override
	public void propose(String callReference, String officer, String comment) {
		this.decision.recordProposal(callReference, officer, comment);
	}

	@Override
	public void requireSecondOfficer(String callReference, String officer) {
		this.selections.byReference(callReference).selection().requireSecondOfficer(officer);
	}

	@Override
	public void review(String callReference, String officer, String decision, String comment) {
		this.decision.recordReview(callReference, officer, decision, comment);
	}

	@Override
	public boolean isDecided(String callReference) {
		return this.selections.byReference(callReference).selection().status() == SelectionStatus.DECIDED;
	}

	@Override
	public int sendLetters(String callReference) {
		return this.letters.sendNext(callReference);
	}

	@Override
	public int lettersToSend(String callReference) {
		return this.letters.toSend(callReference);
	}

	@Override
	public void reportDecision(String callReference) {
		this.calls.decided(callReference);
	}

	@Override
	public Instant redressDeadline(String callReference) {
		return this.selections.byReference(callReference).selection().redressDeadline();
	}

}
