package org.opencall.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused without checking its password, because its client failed too often
 * lately; it may try again after {@link #retryAfter()}.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; try again in " + inWords(seconds(retryAfter)));
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	/** The wait in whole seconds, rounded up, as {@code Retry-After} wants it. */
	long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	/** "1 second", "4 seconds". */
	static String inWords(long seconds) {
		return (seconds == 1) ? "1 second" : seconds + " seconds";
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
