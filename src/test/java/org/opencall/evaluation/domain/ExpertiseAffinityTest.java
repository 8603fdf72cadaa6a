package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertiseAffinityTest {

	private static Candidate expert(String... terms) {
		return new Candidate("x", "X", "", "", "", Set.of(terms), 10);
	}

	private static ProposalToAssign proposal(Set<String> keywords, String text) {
		return new ProposalToAssign("SUB-1", "", Set.of(), "", "", "", keywords, text);
	}

	private static final ProposalToAssign HOME_MONITORING = proposal(
			Set.of("remote monitoring", "diabetes", "wearables", "telemedicine"),
			"Remote monitoring of diabetic patients at home. Wearable sensors and machine learning alert nurses.");

	@Test
	void anExpertWhoKnowsEveryKeywordAndThreeTermsOfTheTextScoresAHundred() {
		assertThat(ExpertiseAffinity.of(expert("Remote Monitoring", "diabetes", "wearable", "Telemedicine", "sensor",
				"machine learning", "nurses"), HOME_MONITORING))
			.isEqualTo(100);
	}

	@Test
	void eachKeywordKnownCountsForItsShareOfEightyPoints() {
		assertThat(ExpertiseAffinity.of(expert("diabetes"), HOME_MONITORING)).isEqualTo(20);
		assertThat(ExpertiseAffinity.of(expert("diabetes", "telemedicine"), HOME_MONITORING)).isEqualTo(40);
	}

	@Test
	void termsOfTheTextCountWeaklyUpToThree() {
		assertThat(ExpertiseAffinity.of(expert("sensors"), HOME_MONITORING)).isEqualTo(7);
		assertThat(ExpertiseAffinity.of(expert("sensor", "machine learning", "home", "nurse"), HOME_MONITORING))
			.isEqualTo(20);
	}

	@Test
	void caseAccentsAndPluralsDoNotMatter() {
		assertThat(ExpertiseAffinity.of(expert("TÉLÉMEDICINE", "Wearable"), HOME_MONITORING)).isEqualTo(40);
		assertThat(Terms.term("Therapies")).isEqualTo("therapy");
		assertThat(Terms.term("analysis")).isEqualTo("analysis");
		assertThat(Terms.term("Status")).isEqualTo("status");
	}

	@Test
	void aTermOfSeveralWordsMatchesOnlyThoseWordsInARow() {
		assertThat(ExpertiseAffinity.of(expert("learning machine"), HOME_MONITORING)).isZero();
		assertThat(ExpertiseAffinity.of(expert("patients at home"), HOME_MONITORING)).isEqualTo(7);
	}

	@Test
	void anExpertWithNothingInCommonScoresZero() {
		assertThat(ExpertiseAffinity.of(expert("oncology", "radiology"), HOME_MONITORING)).isZero();
		assertThat(ExpertiseAffinity.of(expert(), HOME_MONITORING)).isZero();
	}

	@Test
	void aProposalWithoutKeywordsIsJudgedByItsTextAlone() {
		ProposalToAssign noKeywords = proposal(Set.of(), HOME_MONITORING.text());
		assertThat(ExpertiseAffinity.of(expert("diabetes"), noKeywords)).isZero();
		assertThat(ExpertiseAffinity.of(expert("sensor"), noKeywords)).isEqualTo(33);
		assertThat(ExpertiseAffinity.of(expert("sensor", "nurse", "wearable"), noKeywords)).isEqualTo(100);
	}

	@Test
	void theIndexComputesExactlyTheAffinitiesComputedPairByPair() {
		Random random = new Random(11);
		List<Candidate> experts = AssignmentFixtures.experts(random, 200, 30, 1, 5);
		AffinityIndex index = new AffinityIndex(experts);
		int positive = 0;
		for (ProposalToAssign proposal : AssignmentFixtures.proposals(random, 100, 30, 200)) {
			byte[] indexed = index.affinities(proposal);
			for (int e = 0; e < experts.size(); e++) {
				int expected = ExpertiseAffinity.of(experts.get(e), proposal);
				assertThat((int) indexed[e]).as(proposal.reference() + " " + e).isEqualTo(expected);
				positive += (expected > 0) ? 1 : 0;
			}
		}
		assertThat(positive).isGreaterThan(1000);
	}

}
