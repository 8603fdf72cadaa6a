package org.opencall.selection.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedressRequestTest {

	private static final Instant DECIDED = Instant.parse("2027-06-01T10:00:00Z");

	private static final String GROUNDS = "Expert comments on Impact contradict the score given";

	@Test
	void anApplicantFilesWithinTheWindowWithGrounds() {
		RedressRequest request = RedressRequest.file("HC-2027-01-0001", decided(), "alice", GROUNDS,
				DECIDED.plus(Duration.ofDays(10)));

		assertThat(request.status()).isEqualTo(RedressStatus.FILED);
		assertThat(request.programmeCode()).isEqualTo("healthchain-founding");
	}

	@Test
	void aRequestAfterTheWindowIsRefused() {
		assertThatThrownBy(() -> RedressRequest.file("HC-2027-01-0001", decided(), "alice", GROUNDS,
				DECIDED.plus(Duration.ofDays(31))))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("redress window");
	}

	@Test
	void groundsAreRequiredAndMustSaySomething() {
		assertThatThrownBy(() -> RedressRequest.file("HC-2027-01-0001", decided(), "alice", "unfair", DECIDED))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("grounds");
		assertThatThrownBy(() -> RedressRequest.file("HC-2027-01-0001", decided(), "alice", null, DECIDED))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void anOfficerWhoTookPartInTheDecisionCannotReviewIt() {
		Selection selection = decided();
		RedressRequest request = RedressRequest.file("HC-2027-01-0001", selection, "alice", GROUNDS, DECIDED);

		assertThatThrownBy(() -> request.decide("olivia", true, "Upheld", DECIDED, selection))
			.isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("took part");
		assertThatThrownBy(() -> request.decide("oscar", false, "No", DECIDED, selection))
			.isInstanceOf(ActionForbiddenException.class);
		assertThat(request.status()).isEqualTo(RedressStatus.FILED);
	}

	@Test
	void anUninvolvedOfficerRejectsWithReasonsOrUpholdsAndAReevaluationConcludesIt() {
		Selection selection = decided();
		RedressRequest rejected = RedressRequest.file("HC-2027-01-0001", selection, "alice", GROUNDS, DECIDED);
		assertThatThrownBy(() -> rejected.decide("otto", false, " ", DECIDED, selection))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reasons");
		rejected.decide("otto", false, "The comments support the scores", DECIDED, selection);
		assertThat(rejected.status()).isEqualTo(RedressStatus.REJECTED);

		RedressRequest upheld = RedressRequest.file("HC-2027-01-0002", selection, "bob", GROUNDS, DECIDED);
		upheld.decide("otto", true, "One expert read an earlier version", DECIDED, selection);
		upheld.conclude("RESERVE", DECIDED.plus(Duration.ofDays(20)));
		assertThat(upheld.status()).isEqualTo(RedressStatus.CONCLUDED);
		assertThat(upheld.outcomeAfter()).isEqualTo("RESERVE");
		assertThatThrownBy(() -> upheld.conclude("REJECTED", DECIDED)).isInstanceOf(StateConflictException.class);
	}

	private static Selection decided() {
		Selection selection = Selection.open("HC-2027-01", "healthchain-founding", DECIDED);
		selection.propose("olivia", new DecisionList(List.of(), java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO),
				null, DECIDED);
		selection.approve("oscar", null, DECIDED, 30);
		return selection;
	}

}
