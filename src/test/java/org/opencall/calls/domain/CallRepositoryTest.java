package org.opencall.calls.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calls are stored and read back whole — terms, challenges with the needs behind them,
 * criteria, eligibility — and a change made by someone else in between is refused.
 */
@RepositoryTest
class CallRepositoryTest {

	private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");

	@Autowired
	CallRepository calls;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void programme() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
	}

	@Test
	void aCallIsReadBackWithEveryPartOfItsTerms() {
		Call call = draft("RT-" + System.nanoTime() % 1_000_000);
		UUID challengeId = UUID.randomUUID();
		call.attachChallenge(CallChallenge.fromNeeds("Falls at night", "Residents getting up", challengeId,
				List.of(new NeedSnapshot("N-00007", "Falls", "Long-term care", "HIGH", "Coimbra University Hospital",
						null, 40, null, null, "Fewer falls"))),
				"olivia");
		this.calls.save(call);

		Call read = this.calls.findByReference(call.reference()).orElseThrow();
		assertThat(read.terms()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(call.terms());

		assertThat(read.terms().challenges()).extracting(CallChallenge::title)
			.containsExactly("Heart failure at home", "Falls at night");
		assertThat(read.terms().challenges().get(1).needs().list()).singleElement()
			.satisfies((need) -> assertThat(need.expectedBenefit()).isEqualTo("Fewer falls"));
		assertThat(read.terms().eligibility().countries()).contains("PT", "SE");
		assertThat(read.preparedBy()).containsExactly("olivia");
		assertThat(read.status()).isEqualTo(CallStatus.DRAFT);
		assertThat(this.calls.findById(call.id())).isPresent();
		assertThat(this.calls.existsByReference(call.reference())).isTrue();
	}

	@Test
	void theSameInstanceCanBeSavedAgainAfterEachChange() {
		Call call = draft("RT-" + System.nanoTime() % 1_000_000);
		this.calls.save(call);
		call.submitForApproval("olivia", NOW);
		this.calls.save(call);
		call.approve("oscar", NOW);
		this.calls.save(call);

		Call read = this.calls.findById(call.id()).orElseThrow();
		assertThat(read.status()).isEqualTo(CallStatus.SCHEDULED);
		assertThat(read.reviewedBy()).isEqualTo("oscar");
		assertThat(read.version()).isEqualTo(call.version());
	}

	@Test
	void aChangeSavedByAnotherOfficerMeanwhileIsNotOverwritten() {
		Call call = draft("RT-" + System.nanoTime() % 1_000_000);
		this.calls.save(call);
		Call olivias = this.calls.findById(call.id()).orElseThrow();
		Call oscars = this.calls.findById(call.id()).orElseThrow();

		olivias.submitForApproval("olivia", NOW);
		this.calls.save(olivias);
		oscars.revise(CallTerms.of(terms("Changed title")), "oscar");

		assertThatThrownBy(() -> this.calls.save(oscars)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.calls.findById(call.id()).orElseThrow().terms().title()).isEqualTo("Remote monitoring");
	}

	@Test
	void revisingReplacesTheChallengesAndCriteria() {
		Call call = draft("RT-" + System.nanoTime() % 1_000_000);
		this.calls.save(call);
		TermsDraft revised = new TermsDraft("Remote monitoring", "Revised", List.of(new CallChallenge("Only one", "")),
				new BigDecimal("100000"), new BigDecimal("20000"), "EUR", LocalDateTime.of(2027, 3, 1, 9, 0),
				LocalDateTime.of(2027, 4, 1, 17, 0), "Europe/Lisbon", 5,
				List.of(new Criterion("Excellence", new BigDecimal("3.5"), new BigDecimal("1.5"))),
				new BigDecimal("3.5"));
		call.revise(CallTerms.of(revised), "olivia");
		this.calls.save(call);

		CallTerms read = this.calls.findById(call.id()).orElseThrow().terms();
		assertThat(read.challenges()).extracting(CallChallenge::title).containsExactly("Only one");
		assertThat(read.criteria()).singleElement()
			.satisfies((c) -> assertThat(c.weight()).isEqualByComparingTo("1.5"));
		assertThat(read.evaluatorsPerSubmission()).isEqualTo(5);
	}

	@Test
	void callsAreFoundByProgrammeAndWhenPublicAndTheirStatusIsLockedForUpdate() {
		Call draft = draft("RT-" + System.nanoTime() % 1_000_000);
		this.calls.save(draft);
		Call scheduled = draft("RT-" + System.nanoTime() % 1_000_000);
		scheduled.submitForApproval("olivia", NOW);
		scheduled.approve("oscar", NOW);
		this.calls.save(scheduled);

		assertThat(this.calls.findByProgrammes(Set.of("repo-test"))).extracting(Call::reference)
			.contains(draft.reference(), scheduled.reference());
		assertThat(this.calls.findByProgrammes(Set.of())).isEmpty();
		assertThat(this.calls.findPublic()).extracting(Call::reference)
			.contains(scheduled.reference())
			.doesNotContain(draft.reference());
		assertThat(this.calls.lockStatus(scheduled.reference())).isEqualTo(CallStatus.SCHEDULED);
	}

	@Test
	void followersAreKeptBesideTheCall() {
		Call call = draft("RT-" + System.nanoTime() % 1_000_000);
		this.calls.save(call);
		this.calls.follow(call.id(), "bob");
		this.calls.follow(call.id(), "bob");
		this.calls.follow(call.id(), "alice");
		assertThat(this.calls.followers(call.id())).containsExactly("alice", "bob");
		this.calls.unfollow(call.id(), "bob");
		assertThat(this.calls.followers(call.id())).containsExactly("alice");
	}

	private static Call draft(String reference) {
		return Call.draft(reference, "repo-test", CallTerms.of(terms("Remote monitoring")), "olivia");
	}

	private static TermsDraft terms(String title) {
		return new TermsDraft(title, "Home monitoring for chronic patients.",
				List.of(new CallChallenge("Heart failure at home", "Detect decompensation early.")),
				new BigDecimal("250000"), new BigDecimal("50000"), "EUR", LocalDateTime.of(2027, 2, 1, 9, 0),
				LocalDateTime.of(2027, 3, 1, 17, 0), "Europe/Lisbon", null, null, null);
	}

}
