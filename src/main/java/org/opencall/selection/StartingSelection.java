package org.opencall.selection;

import java.time.Clock;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.SelectionStart;
import org.opencall.identity.Programme;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;
import org.opencall.selection.process.SelectionEngine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the selection of a call whose evaluations are all complete, in the transaction
 * that hands the call over: the selection's record and its process, readable by the
 * programme's officers. A second hand-over of the same call opens nothing more.
 */
@Component
class StartingSelection implements SelectionStart {

	private final SelectionRepository selections;

	private final CallCatalogue calls;

	private final SelectionEngine engine;

	private final Clock clock;

	StartingSelection(SelectionRepository selections, CallCatalogue calls, SelectionEngine engine, Clock clock) {
		this.selections = selections;
		this.calls = calls;
		this.engine = engine;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void start(String callReference, String programmeCode) {
		if (this.selections.findByCallReference(callReference).isPresent()) {
			return;
		}
		this.selections.save(Selection.open(callReference, programmeCode, this.clock.instant()));
		this.engine.start(callReference, this.calls.call(callReference, null).title(),
				Programme.groupIdOf(programmeCode));
	}

}
