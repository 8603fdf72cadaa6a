package org.opencall.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock reads the process engine's clock, so that deadlines checked by
 * the application and timers fired by the engine agree, also when a test moves the engine
 * clock.
 */
class EngineAlignedClock extends Clock {

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
