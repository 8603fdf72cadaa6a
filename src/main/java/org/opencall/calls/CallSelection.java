package org.opencall.calls;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallEvents.CallSelectionDecided;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.process.CallLifecycleEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An evaluated call's selection as the call sees it: the selection module reports the
 * funding decision taken and the result letters out, and the call's process ends there.
 */
@Service
@Transactional
public class CallSelection {

	private final OfficerCalls officerCalls;

	private final CallRepository calls;

	private final CallLifecycleEngine engine;

	private final ApplicationEventPublisher events;

	CallSelection(OfficerCalls officerCalls, CallRepository calls, CallLifecycleEngine engine,
			ApplicationEventPublisher events) {
		this.officerCalls = officerCalls;
		this.calls = calls;
		this.engine = engine;
		this.events = events;
	}

	/** Two officers decided what the call funds and every applicant has their letter. */
	public void decided(String reference) {
		Call call = this.officerCalls.byReference(reference);
		CallSelectionDecided decided = call.selectionDecided();
		this.calls.save(call);
		this.engine.selectionDecided(reference);
		this.events.publishEvent(decided);
	}

}
