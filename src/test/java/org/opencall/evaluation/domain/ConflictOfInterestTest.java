package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictOfInterestTest {

	private static Candidate expert(String name, String organisation, String domain, String country) {
		return new Candidate("x", name, organisation, domain, country, Set.of(), 10);
	}

	private static ProposalToAssign proposal(String organisation, Set<String> domains, String country, String partners,
			String team) {
		return new ProposalToAssign("SUB-1", organisation, domains, country, partners, team, Set.of(), "");
	}

	private static final ProposalToAssign MEDSENSE = proposal("MedSense, Lda.", Set.of("medsense.pt", "gmail.com"),
			"PT", "Hospital de Santa Maria; CareFlow AB", "Alice Andrade (lead), João Gonçalves (engineer)");

	@Test
	void anExpertOfTheApplicantsOrganisationIsConflictedWhateverTheCaseAccentsOrLegalForm() {
		assertThat(ConflictOfInterest.between(expert("Eva", "MEDSENSE LDA", "uni.se", "SE"), MEDSENSE, false))
			.containsExactly(ConflictReason.SAME_ORGANISATION);
		assertThat(ConflictOfInterest.between(expert("Eva", "Médsense", "uni.se", "SE"), MEDSENSE, false))
			.containsExactly(ConflictReason.SAME_ORGANISATION);
	}

	@Test
	void anOrganisationWhoseNameOnlyStartsLikeTheApplicantsIsNoConflict() {
		assertThat(ConflictOfInterest.between(expert("Eva", "MedSense Research Institute", "uni.se", "SE"), MEDSENSE,
				false))
			.isEmpty();
	}

	@Test
	void anExpertSharingAnEmailDomainOrItsSubdomainWithTheApplicantsStaffIsConflicted() {
		assertThat(ConflictOfInterest.between(expert("Eva", "Other", "medsense.pt", "SE"), MEDSENSE, false))
			.containsExactly(ConflictReason.SAME_EMAIL_DOMAIN);
		assertThat(ConflictOfInterest.between(expert("Eva", "Other", "lab.MedSense.pt", "SE"), MEDSENSE, false))
			.containsExactly(ConflictReason.SAME_EMAIL_DOMAIN);
	}

	@Test
	void aSharedPublicWebmailDomainOrAMereSameTopLevelDomainIsNoConflict() {
		assertThat(ConflictOfInterest.between(expert("Eva", "Other", "gmail.com", "SE"), MEDSENSE, false)).isEmpty();
		assertThat(ConflictOfInterest.between(expert("Eva", "Other", "sense.pt", "SE"), MEDSENSE, false)).isEmpty();
	}

	@Test
	void anExpertWhoseOrganisationIsNamedAmongThePartnersIsConflicted() {
		assertThat(ConflictOfInterest.between(expert("Eva", "Careflow", "careflow.se", "SE"), MEDSENSE, false))
			.containsExactly(ConflictReason.NAMED_AS_PARTNER);
		assertThat(
				ConflictOfInterest.between(expert("Eva", "Hospital de Santa Maria", "chln.pt", "PT"), MEDSENSE, false))
			.containsExactly(ConflictReason.NAMED_AS_PARTNER);
	}

	@Test
	void anOrganisationWhoseNameIsOnlyPartOfAPartnersNameIsNotNamedAsPartner() {
		assertThat(ConflictOfInterest.between(expert("Eva", "Santa Maria Clinic", "smc.pt", "PT"), MEDSENSE, false))
			.isEmpty();
	}

	@Test
	void anExpertNamedInTheTeamIsConflicted() {
		assertThat(ConflictOfInterest.between(expert("Joao Goncalves", "Uni", "uni.pt", "PT"), MEDSENSE, false))
			.containsExactly(ConflictReason.NAMED_IN_TEAM);
		assertThat(ConflictOfInterest.between(expert("João Gonçalves Silva", "Uni", "uni.pt", "PT"), MEDSENSE, false))
			.isEmpty();
	}

	@Test
	void theSameCountryIsAConflictOnlyWhenTheCallSaysSo() {
		Candidate portuguese = expert("Eva", "Uni", "uni.pt", "pt");
		assertThat(ConflictOfInterest.between(portuguese, MEDSENSE, false)).isEmpty();
		assertThat(ConflictOfInterest.between(portuguese, MEDSENSE, true)).containsExactly(ConflictReason.SAME_COUNTRY);
	}

	@Test
	void everyReasonFoundIsListedInWords() {
		List<ConflictReason> reasons = ConflictOfInterest
			.between(expert("Alice Andrade", "MedSense", "medsense.pt", "PT"), MEDSENSE, true);
		assertThat(reasons).extracting(ConflictReason::label)
			.containsExactly("same organisation", "same e-mail domain", "named in the team", "same country");
	}

	@Test
	void theIndexFindsExactlyTheConflictsFoundPairByPair() {
		Random random = new Random(7);
		List<Candidate> experts = AssignmentFixtures.experts(random, 300, 40, 1, 5);
		List<ProposalToAssign> proposals = AssignmentFixtures.proposals(random, 200, 40, 300);
		for (boolean sameCountry : new boolean[] { false, true }) {
			ConflictIndex index = new ConflictIndex(experts, sameCountry);
			int conflicts = 0;
			for (ProposalToAssign proposal : proposals) {
				BitSet expected = new BitSet();
				for (int e = 0; e < experts.size(); e++) {
					if (!ConflictOfInterest.between(experts.get(e), proposal, sameCountry).isEmpty()) {
						expected.set(e);
					}
				}
				assertThat(index.conflicted(proposal)).as(proposal.reference()).isEqualTo(expected);
				conflicts += expected.cardinality();
			}
			assertThat(conflicts).as("conflicts in the sample").isGreaterThan(proposals.size());
		}
	}

	@Test
	void theIndexFindsPartnersAndTeamMembersNamedInLongTexts() {
		List<Candidate> experts = new ArrayList<>(
				List.of(new Candidate("a", "Maria Silva", "Acme Health GmbH", "acme.de", "DE", Set.of(), 3),
						new Candidate("b", "Tom Berg", "Nordic Care", "nordic.se", "SE", Set.of(), 3)));
		ProposalToAssign proposal = proposal("X", Set.of(), "PT", "We work with acme health and others.",
				"Our adviser is Tom Berg.");
		BitSet conflicted = new ConflictIndex(experts, false).conflicted(proposal);
		assertThat(conflicted.get(0)).isTrue();
		assertThat(conflicted.get(1)).isTrue();
	}

}
