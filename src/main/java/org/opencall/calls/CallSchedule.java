package org.opencall.calls;

import java.time.Clock;
import java.util.UUID;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;

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

	CallSchedule(CallRepository calls, OfficerCalls officerCalls, ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.officerCalls = officerCalls;
		this.events = events;
		this.clock = clock;
	}

	public void publish(UUID callId) {
		Call call = this.officerCalls.byId(callId);
		Object event = call.publish(this.clock.instant());
		this.calls.save(call);
		this.events.publishEvent(event);
	}

	public void close(UUID callId) {
		Call call = this.officerCalls.byId(callId);
		Object event = call.close(this.clock.instant());
		this.calls.save(call);
		this.events.publishEvent(event);
	}

}
