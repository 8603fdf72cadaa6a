package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.opencall.evaluation.domain.ChoosingNewExperts.NewExperts;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChoosingNewExpertsTest {

	private static final ChoosingNewExperts CHOOSING = new ChoosingNewExperts(AssignmentRules.DEFAULT);

	/** Keywords diabetes and telemedicine; CareFlow AB is a partner; from Portugal. */
	private static final ProposalToAssign HOME_MONITORING = new ProposalToAssign("SUB-1", "MedSense Lda",
			Set.of("medsense.pt"), "PT", "CareFlow AB", "Alice Andrade", Set.of("diabetes", "telemedicine"),
			"Remote monitoring at home.");

	private static Candidate expert(String username, String organisation, String country, int maximumLoad,
			String... terms) {
		return new Candidate(username, "Expert " + username, organisation, username + ".example.org", country,
				Set.of(terms), maximumLoad);
	}

	private static final Candidate EVA = expert("eva", "Karolinska", "SE", 5, "diabetes", "telemedicine");

	private static final Candidate EMIL = expert("emil", "Uni Lisboa", "PT", 5, "diabetes", "telemedicine");

	private static final Candidate ELENA = expert("elena", "CareFlow", "SE", 5, "diabetes", "telemedicine");

	private static final Candidate ERIK = expert("erik", "Uni Porto", "PT", 5, "diabetes");

	private static final Candidate INES = expert("ines", "Fraunhofer", "DE", 5, "telemedicine");

	private static final Candidate IVO = expert("ivo", "TU Delft", "NL", 5, "diabetes", "telemedicine");

	private static final Candidate IDA = expert("ida", "KTH", "SE", 5, "imaging");

	private static final List<Candidate> PANEL = List.of(EVA, EMIL, ELENA, ERIK, INES, IVO, IDA);

	@Test
	void newExpertsAreNoneOfTheEarlierRoundsNorInConflictAndTheBestAffinityComesFirst() {
		NewExperts chosen = CHOOSING.choose(HOME_MONITORING, PANEL, Map.of(), Set.of("eva", "emil", "erik"));

		assertThat(chosen.experts()).containsExactly(new AssignedExpert("ivo", 80), new AssignedExpert("ines", 40),
				new AssignedExpert("ida", 0));
		assertThat(chosen.usernames()).as("elena works for a partner of the proposal").doesNotContain("elena");
		assertThat(chosen.beyondTheirLoad()).isEmpty();
	}

	@Test
	void theCallsSameCountryRuleCountsAsAConflict() {
		ChoosingNewExperts sameCountry = new ChoosingNewExperts(AssignmentRules.DEFAULT.withSameCountryConflicts(true));

		assertThatThrownBy(() -> sameCountry.choose(HOME_MONITORING, PANEL, Map.of(), Set.of("eva", "ivo")))
			.as("emil and erik are Portuguese like the applicant")
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("has 2 experts new to proposal SUB-1");
		assertThat(CHOOSING.choose(HOME_MONITORING, PANEL, Map.of(), Set.of("eva", "ivo")).usernames())
			.containsExactly("emil", "erik", "ines");
	}

	@Test
	void expertsAtTheirMaximumLoadAreAskedOnlyWhenThoseWithRoomAreTooFew() {
		Map<String, Integer> loads = Map.of("ivo", 5, "ines", 5);

		assertThat(CHOOSING.choose(HOME_MONITORING, PANEL, loads, Set.of("elena")).usernames())
			.as("enough with room: ivo and ines are passed over")
			.containsExactly("emil", "eva", "erik");
		NewExperts stretched = CHOOSING.choose(HOME_MONITORING, PANEL, loads, Set.of("eva", "emil", "erik"));
		assertThat(stretched.usernames()).containsExactly("ida", "ivo", "ines");
		assertThat(stretched.beyondTheirLoad()).containsExactly("ivo", "ines");
	}

	@Test
	void aPanelWithTooFewNewExpertsIsRefusedNamingHowManyWereFoundAndNeeded() {
		assertThatThrownBy(() -> CHOOSING.choose(HOME_MONITORING, List.of(EVA, EMIL, ELENA, ERIK, INES), Map.of(),
				Set.of("eva", "emil", "erik")))
			.isInstanceOf(StateConflictException.class)
			.hasMessage("The call's panel has 1 expert new to proposal SUB-1 and free of conflicts with it; its "
					+ "re-evaluation needs 3. Invite more experts to the call.");
	}

}
