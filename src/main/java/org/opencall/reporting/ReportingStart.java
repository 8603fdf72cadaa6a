package org.opencall.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opencall.calls.CallOpened;
import org.opencall.cocreation.GrantClosed;
import org.opencall.cocreation.PilotFigures;
import org.opencall.contracting.GrantFigures;
import org.opencall.reporting.process.ReportingEngine;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows a call to its end: its reporting starts when it is published, and its final
 * report follows when its last grant closes — every signed grant's pilot closed and no
 * grant still being contracted. Both run after the change commits, from Spring Modulith's
 * event publication registry, retried after a restart until they complete; hearing either
 * twice starts nothing more.
 */
@Component
class ReportingStart {

	private final FunderReporting reporting;

	private final GrantFigures grants;

	private final PilotFigures pilots;

	private final ReportingEngine engine;

	ReportingStart(FunderReporting reporting, GrantFigures grants, PilotFigures pilots, ReportingEngine engine) {
		this.reporting = reporting;
		this.grants = grants;
		this.pilots = pilots;
		this.engine = engine;
	}

	@ApplicationModuleListener
	void on(CallOpened opened) {
		this.reporting.begin(opened.callReference(), opened.programmeCode(), opened.reportEveryMonths());
	}

	@ApplicationModuleListener
	void on(GrantClosed closed) {
		if (isLastGrantClosed(closed.callReference())) {
			this.engine.lastGrantClosed(closed.callReference());
		}
	}

	/**
	 * Every signed grant of the call closed, and none of its grants still in contracting.
	 */
	boolean isLastGrantClosed(String callReference) {
		List<GrantFigures.Signed> signed = this.grants.signedOf(callReference);
		if (signed.isEmpty() || this.grants.anyInContracting(callReference)) {
			return false;
		}
		Set<String> closed = new HashSet<>(this.pilots.closedOf(callReference));
		return signed.stream().allMatch((grant) -> closed.contains(grant.grantReference()));
	}

}
