package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplacingExpertsTest {

	private static final ReplacingExperts REPLACING = new ReplacingExperts(AssignmentRules.DEFAULT);

	private static final ProposalToAssign HOME_MONITORING = new ProposalToAssign("SUB-1", "MedSense Lda",
			Set.of("medsense.pt"), "PT", "CareFlow AB", "Alice Andrade", Set.of("diabetes", "telemedicine"),
			"Remote monitoring at home.");

	private static Candidate expert(String username, String organisation, int maximumLoad, String... terms) {
		return new Candidate(username, "Expert " + username, organisation, username + ".example.org", "SE",
				Set.of(terms), maximumLoad);
	}

	private static final Candidate EVA = expert("eva", "Karolinska", 5, "diabetes", "telemedicine");

	private static final Candidate EMIL = expert("emil", "Uni Lisboa", 5, "diabetes");

	private static final Candidate ELENA = expert("elena", "CareFlow", 5, "diabetes", "telemedicine");

	private static final Candidate ERIK = expert("erik", "Uni Porto", 5, "diabetes");

	@Test
	void theNextBestExpertHasTheHighestAffinityAmongThoseNotExcludedConflictedOrFull() {
		List<Candidate> candidates = List.of(EVA, EMIL, ELENA, ERIK);
		assertThat(REPLACING.nextBestExpert(HOME_MONITORING, candidates, Map.of(), Set.of()))
			.contains(new AssignedExpert("eva", 80));
		assertThat(REPLACING.nextBestExpert(HOME_MONITORING, candidates, Map.of("eva", 5), Set.of()))
			.contains(new AssignedExpert("emil", 40));
	}

	@Test
	void amongEqualAffinitiesTheLighterLoadAndThenTheUsernameGoFirst() {
		List<Candidate> candidates = List.of(EVA, EMIL, ERIK);
		assertThat(REPLACING.nextBestExpert(HOME_MONITORING, candidates, Map.of("emil", 2), Set.of("eva")))
			.contains(new AssignedExpert("erik", 40));
		assertThat(REPLACING.nextBestExpert(HOME_MONITORING, candidates, Map.of(), Set.of("eva")))
			.contains(new AssignedExpert("emil", 40));
	}

	@Test
	void thereIsNoNextBestExpertWhenEveryoneIsExcludedConflictedOrFull() {
		assertThat(
				REPLACING.nextBestExpert(HOME_MONITORING, List.of(EVA, EMIL, ELENA), Map.of("emil", 5), Set.of("eva")))
			.isEmpty();
	}

	@Test
	void aSwapToAConflictedExpertIsRefusedWithTheReason() {
		assertThat(REPLACING.swapRefusal(HOME_MONITORING, ELENA, Map.of(), Set.of("eva"), Set.of()))
			.contains("Expert elena has a conflict of interest with this submission: named as partner");
	}

	@Test
	void aSwapToAnExpertWithoutRoomOrAlreadyOnItOrWhoDeclaredAConflictIsRefused() {
		assertThat(REPLACING.swapRefusal(HOME_MONITORING, EMIL, Map.of("emil", 5), Set.of("eva"), Set.of()))
			.contains("Expert emil already has 5 proposals to evaluate, the most they take in this call (5)");
		assertThat(REPLACING.swapRefusal(HOME_MONITORING, EVA, Map.of(), Set.of("eva"), Set.of()))
			.contains("Expert eva already evaluates this submission");
		assertThat(REPLACING.swapRefusal(HOME_MONITORING, ERIK, Map.of(), Set.of("eva"), Set.of("erik")))
			.contains("Expert erik declared a conflict of interest with this submission");
	}

	@Test
	void aSwapToAnEligibleExpertWithRoomIsFine() {
		assertThat(REPLACING.swapRefusal(HOME_MONITORING, ERIK, Map.of("erik", 4), Set.of("eva"), Set.of()))
			.isEqualTo(Optional.empty());
	}

}
