package org.opencall.needs.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.platform.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Challenges built from needs are stored and read back with their needs in order; one
 * attached meanwhile by another officer is not overwritten.
 */
@RepositoryTest
class NeedChallengeRepositoryTest {

	private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");

	@Autowired
	NeedChallengeRepository challenges;

	@Autowired
	NeedRepository needs;

	@Autowired
	JdbcClient jdbc;

	List<Need> validated;

	@BeforeEach
	void validatedNeeds() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		UUID hospital = UUID.randomUUID();
		this.jdbc
			.sql("insert into organisations (id, name, country, type) values (:id, 'Repo Hospital', 'PT', 'HOSPITAL')")
			.param("id", hospital)
			.update();
		this.validated = List.of(validated(hospital), validated(hospital), validated(hospital));
	}

	@Test
	void aChallengeIsReadBackWithItsNeedsInOrder() {
		NeedChallenge challenge = NeedChallenge.group("repo-test", "Heart failure at home", "Detect it early",
				List.of(this.validated.get(2), this.validated.get(0)), "olivia");
		this.challenges.save(challenge);

		NeedChallenge read = this.challenges.findById(challenge.id()).orElseThrow();
		assertThat(read.needReferences()).containsExactly(this.validated.get(2).reference(),
				this.validated.get(0).reference());
		assertThat(read.title()).isEqualTo("Heart failure at home");
		assertThat(read.description()).isEqualTo("Detect it early");
		assertThat(read.programmeCode()).isEqualTo("repo-test");
		assertThat(read.createdBy()).isEqualTo("olivia");
		assertThat(read.callReference()).isNull();
	}

	@Test
	void theSameInstanceCanBeAttachedDetachedAndAttachedAgain() {
		NeedChallenge challenge = NeedChallenge.group("repo-test", "Heart failure at home", "", this.validated,
				"olivia");
		this.challenges.save(challenge);
		challenge.attachTo("HC-2027");
		this.challenges.save(challenge);
		challenge.detach();
		this.challenges.save(challenge);
		challenge.attachTo("HC-2028");
		this.challenges.save(challenge);

		NeedChallenge read = this.challenges.findById(challenge.id()).orElseThrow();
		assertThat(read.callReference()).isEqualTo("HC-2028");
		assertThat(read.needReferences()).hasSize(3);
		assertThat(read.version()).isEqualTo(challenge.version());
	}

	@Test
	void aChallengeAttachedMeanwhileByAnotherOfficerIsNotOverwritten() {
		NeedChallenge challenge = NeedChallenge.group("repo-test", "Heart failure at home", "", this.validated,
				"olivia");
		this.challenges.save(challenge);
		NeedChallenge olivias = this.challenges.findById(challenge.id()).orElseThrow();
		NeedChallenge oscars = this.challenges.findById(challenge.id()).orElseThrow();

		olivias.attachTo("HC-2027");
		this.challenges.save(olivias);
		oscars.attachTo("HC-2028");

		assertThatThrownBy(() -> this.challenges.save(oscars)).isInstanceOf(OptimisticLockingFailureException.class);
		NeedChallenge read = this.challenges.findById(challenge.id()).orElseThrow();
		assertThat(read.callReference()).isEqualTo("HC-2027");
		assertThatThrownBy(() -> read.attachTo("HC-2028")).isInstanceOf(StateConflictException.class);
	}

	private Need validated(UUID hospital) {
		Need need = Need.submit(this.needs.nextReference(), hospital, "nora", NeedDetails.of("Heart failure at home",
				"Readmissions", "HOME_CARE", "Patients", 100, "Calls", "Costs", "Fewer readmissions", "HIGH", Set.of()),
				NOW);
		need.validate("olivia");
		return this.needs.save(need);
	}

}
