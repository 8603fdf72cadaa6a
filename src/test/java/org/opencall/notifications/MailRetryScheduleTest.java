package org.opencall.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The retry schedule of unsent mail: the defaults wait 10 s, 20 s, 40 s, ... up to an
 * hour, and give up after the tenth attempt.
 */
class MailRetryScheduleTest {

	private final MailRetrySchedule defaults = new MailRetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), 10);

	@Test
	void theWaitDoublesAfterEachFailureUpToTheCap() {
		assertThat(this.defaults.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.defaults.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.defaults.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
		assertThat(this.defaults.delayAfter(9)).isEqualTo(Duration.ofSeconds(2560));
		assertThat(this.defaults.delayAfter(10)).isEqualTo(Duration.ofHours(1));
		assertThat(this.defaults.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aMailIsGivenUpAfterItsLastAttempt() {
		assertThat(this.defaults.givesUpAfter(9)).isFalse();
		assertThat(this.defaults.givesUpAfter(10)).isTrue();
		assertThat(new MailRetrySchedule(Duration.ofMillis(200), Duration.ofSeconds(1), 1).givesUpAfter(1)).isTrue();
	}

	@Test
	void settingsThatCannotWorkAreRefusedAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailRetrySchedule(Duration.ZERO, Duration.ofHours(1), 10))
			.withMessageContaining("first-delay");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailRetrySchedule(Duration.ofMinutes(5), Duration.ofMinutes(1), 10))
			.withMessageContaining("max-delay");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MailRetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), 0))
			.withMessageContaining("max-attempts");
	}

}
