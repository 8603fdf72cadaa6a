package org.opencall.notifications;

import java.time.Duration;

/**
 * When a mail that could not be sent is tried again: after the first failure it waits
 * {@code firstDelay}, each further failure doubles the wait up to {@code maxDelay}, and
 * after {@code maxAttempts} attempts the mail is given up as failed, for an administrator
 * to retry. Settings {@code opencall.mail.retry.*}.
 */
record MailRetrySchedule(Duration firstDelay, Duration maxDelay, int maxAttempts) {

	MailRetrySchedule {
		if (firstDelay.isNegative() || firstDelay.isZero()) {
			throw new IllegalArgumentException("opencall.mail.retry.first-delay must be positive, not " + firstDelay);
		}
		if (maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException(
					"opencall.mail.retry.max-delay must be at least the first delay, not " + maxDelay);
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException(
					"opencall.mail.retry.max-attempts must be at least 1, not " + maxAttempts);
		}
	}

	/** The wait before the next attempt, after {@code attempts} failed ones. */
	Duration delayAfter(int attempts) {
		Duration delay = this.firstDelay;
		for (int made = 1; made < attempts && delay.compareTo(this.maxDelay) < 0; made++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxDelay) < 0) ? delay : this.maxDelay;
	}

	/** Whether a mail that failed {@code attempts} times is given up. */
	boolean givesUpAfter(int attempts) {
		return attempts >= this.maxAttempts;
	}

}
