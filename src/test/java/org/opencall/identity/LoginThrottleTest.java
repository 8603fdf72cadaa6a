package org.opencall.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle on its own, with a clock the test moves.
 */
class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottle.Settings(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1), 1000),
			this.clock);

	@Test
	void aFewFailuresCostNothingThenTheWaitDoublesUpToTheLongest() {
		fail("192.0.2.1", "eva", 2);
		assertThat(this.throttle.waitBefore("192.0.2.1", "eva")).isZero();
		fail("192.0.2.1", "eva", 1);
		assertThat(this.throttle.waitBefore("192.0.2.1", "eva")).isEqualTo(Duration.ofSeconds(1));
		for (long expected : new long[] { 2, 4, 8, 16, 32, 60, 60 }) {
			this.clock.move(this.throttle.waitBefore("192.0.2.1", "eva"));
			fail("192.0.2.1", "eva", 1);
			assertThat(this.throttle.waitBefore("192.0.2.1", "eva")).isEqualTo(Duration.ofSeconds(expected));
		}
	}

	@Test
	void theWaitEndsByItselfNothingIsEverLocked() {
		fail("192.0.2.2", "eva", 3);
		this.clock.move(Duration.ofMillis(400));
		assertThat(this.throttle.waitBefore("192.0.2.2", "eva")).isEqualTo(Duration.ofMillis(600));
		this.clock.move(Duration.ofMillis(600));
		assertThat(this.throttle.waitBefore("192.0.2.2", "eva")).isZero();
	}

	@Test
	void anotherClientLogsInToTheSameAccountWithoutWaiting() {
		fail("192.0.2.3", "eva", 9);
		assertThat(this.throttle.waitBefore("192.0.2.3", "eva")).isPositive();
		assertThat(this.throttle.waitBefore("192.0.2.4", "eva")).isZero();
	}

	@Test
	void aSuccessForgetsTheAccountsFailuresButNotTheClients() {
		fail("192.0.2.5", "eva", 3);
		this.clock.move(Duration.ofSeconds(1));
		this.throttle.succeeded("192.0.2.5", "eva");
		fail("192.0.2.5", "eva", 2);
		assertThat(this.throttle.waitBefore("192.0.2.5", "eva")).isZero();
		// ten failures of this client in all, whatever the account
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("192.0.2.5", "user" + i);
		}
		this.throttle.succeeded("192.0.2.5", "mallory");
		assertThat(this.throttle.waitBefore("192.0.2.5", "olivia")).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void userNamesCountWhateverTheirCase() {
		fail("192.0.2.6", "Eva", 2);
		fail("192.0.2.6", "EVA", 1);
		assertThat(this.throttle.waitBefore("192.0.2.6", "eva")).isPositive();
	}

	@Test
	void quietTimeForgetsFailures() {
		fail("192.0.2.7", "eva", 3);
		this.clock.move(Duration.ofHours(2));
		fail("192.0.2.7", "eva", 1);
		assertThat(this.throttle.waitBefore("192.0.2.7", "eva")).isZero();
	}

	@Test
	void theMemoryIsBoundedAndKeepsTheActiveClients() {
		fail("192.0.2.8", "eva", 3);
		for (int i = 0; i < 2000; i++) {
			this.throttle.waitBefore("192.0.2.8", "eva");
			this.throttle.failed("198.51.100." + i, "x");
		}
		assertThat(this.throttle.waitBefore("192.0.2.8", "eva")).isPositive();
	}

	private void fail(String client, String user, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(client, user);
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2030-01-01T00:00:00Z");

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
