package org.opencall.calls;

import java.time.Clock;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallStatus;
import org.opencall.calls.process.CallLifecycleEngine;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second officer approves a prepared call or sends it back with a comment, through the
 * application or in Tasklist; either way the decision is recorded by {@link #record}.
 */
@Service
@Transactional
public class CallReview {

	private final CallRepository calls;

	private final OfficerCalls officerCalls;

	private final CallLifecycleEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallReview(CallRepository calls, OfficerCalls officerCalls, CallLifecycleEngine engine,
			ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.officerCalls = officerCalls;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	public CallView review(String officer, String reference, ReviewDecision decision, String comment) {
		Call call = this.officerCalls.find(officer, reference);
		if (call.status() != CallStatus.AWAITING_APPROVAL) {
			throw new StateConflictException(
					"Call " + reference + " is not waiting for approval (status " + call.status() + ")");
		}
		this.engine.completeReview(call, officer, decision, comment);
		return this.officerCalls.view(this.officerCalls.byId(call.id()));
	}

	/** Records the decision of the officer who completed the review task. */
	void record(String reference, String reviewer, ReviewDecision decision, String comment) {
		Call call = this.officerCalls.byReference(reference);
		if (reviewer == null || !this.officerCalls.worksOn(reviewer, call.programmeCode())) {
			throw new ActionForbiddenException("Only an officer of the call's programme may review it");
		}
		Object event = switch (decision) {
			case APPROVE -> call.approve(reviewer, this.clock.instant());
			case SEND_BACK -> call.sendBack(reviewer, comment);
		};
		this.calls.save(call);
		this.events.publishEvent(event);
	}

}
