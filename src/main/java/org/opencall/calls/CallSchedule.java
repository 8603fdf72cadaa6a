package org.opencall.calls;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallStatus;
import org.opencall.calls.process.CallLifecycleEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a call at its opening time and closes it at its deadline; the engine's timers
 * decide when.
 */
@Service
@Transactional
public class CallSchedule {

	private final CallRepository calls;

	private final OfficerCalls officerCalls;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<EligibilityProgress> progress;

	private final CallLifecycleEngine engine;

	CallSchedule(CallRepository calls, OfficerCalls officerCalls, ApplicationEventPublisher events, Clock clock,
			List<EligibilityProgress> progress, CallLifecycleEngine engine) {
		this.calls = calls;
		this.officerCalls = officerCalls;
		this.events = events;
		this.clock = clock;
		this.progress = progress;
		this.engine = engine;
	}

	void publish(String reference) {
		Call call = this.officerCalls.byReference(reference);
		Object event = call.publish(this.clock.instant());
		this.calls.save(call);
		this.events.publishEvent(event);
		this.events.publishEvent(
				new CallOpened(call.reference(), call.programmeCode(), call.terms().selection().reportEveryMonths()));
	}

	/**
	 * Closes the call at its deadline and answers how many submissions still wait for
	 * their eligibility decision. The update locks the call's row: a decision taken at
	 * the same moment either is counted here or sees the call closed (see {@link #lock}).
	 */
	int close(String reference) {
		Call call = this.officerCalls.byReference(reference);
		Object event = call.close(this.clock.instant());
		this.calls.save(call);
		this.events.publishEvent(event);
		return this.progress.stream().mapToInt((p) -> p.awaitingEligibility(call.reference())).sum();
	}

	/** When the approved call opens; the opening timer waits for it. */
	Instant opening(String reference) {
		return this.officerCalls.byReference(reference).terms().opensAt();
	}

	/** When the call closes; the deadline timer waits for it. */
	Instant deadline(String reference) {
		return this.officerCalls.byReference(reference).terms().deadline();
	}

	/** The programme whose officers review and run the call. */
	String programmeCode(String reference) {
		return this.officerCalls.byReference(reference).programmeCode();
	}

	/**
	 * Locks a call's row for the rest of the transaction and tells whether it is closed;
	 * taken by an eligibility decision before it counts what is left.
	 */
	public boolean lockAndCheckClosed(String reference) {
		return this.calls.lockStatus(reference) == CallStatus.CLOSED;
	}

	/** Every eligibility decision of a closed call is taken: its process moves on. */
	public void eligibilityChecksDone(String reference) {
		this.engine.eligibilityChecksDone(reference);
	}

}
