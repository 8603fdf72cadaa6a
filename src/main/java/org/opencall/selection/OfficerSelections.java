package org.opencall.selection;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;

import org.springframework.stereotype.Component;

/**
 * Finds a call's selection for the person who asks: programme officers of the call's
 * programme may act on it, auditors only read it, nobody else knows it exists.
 */
@Component
class OfficerSelections {

	private final SelectionRepository selections;

	private final CallCatalogue calls;

	OfficerSelections(SelectionRepository selections, CallCatalogue calls) {
		this.selections = selections;
		this.calls = calls;
	}

	/** The call and its selection, to act on: an officer of its programme only. */
	Found toChange(String officer, String callReference) {
		CallView call = this.calls.callToChange(officer, callReference);
		return new Found(call, of(callReference));
	}

	/** The call and its selection, to read: its programme's officers and auditors. */
	Found toRead(String userId, String callReference) {
		CallView call = this.calls.officerCall(userId, callReference);
		return new Found(call, of(callReference));
	}

	/** The call and its selection for the process, which acts for nobody. */
	Found byReference(String callReference) {
		return new Found(this.calls.call(callReference, null), of(callReference));
	}

	/** Whether the user is an officer of the programme (and may act in its calls). */
	boolean worksOn(String user, String programmeCode) {
		return user != null && this.calls.programmesOf(user).stream().anyMatch((p) -> p.code().equals(programmeCode));
	}

	/** Refuses, in these words, anybody but an officer of the programme. */
	void requireOfficerOf(String programmeCode, String user, String refusal) {
		if (!worksOn(user, programmeCode)) {
			throw new ActionForbiddenException(refusal);
		}
	}

	private Selection of(String callReference) {
		return this.selections.findByCallReference(callReference)
			.orElseThrow(() -> new NotFoundException(
					"Call " + callReference + " has no selection yet: its evaluations are not all complete"));
	}

	record Found(CallView call, Selection selection) {
	}

}
