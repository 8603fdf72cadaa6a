package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.TermsDraft;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.contracting.domain.GrantFixtures.DECLARATIONS;
import static org.opencall.contracting.domain.GrantFixtures.MAX_GRANT;
import static org.opencall.contracting.domain.GrantFixtures.NOW;
import static org.opencall.contracting.domain.GrantFixtures.RULES;

@RepositoryTest
class GrantRepositoryTest {

	@Autowired
	GrantRepository grants;

	@Autowired
	CallRepository calls;

	@Autowired
	JdbcClient jdbc;

	private String call;

	private String submission;

	private UUID company;

	@BeforeEach
	void callAndSubmission() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		Call draft = Call.draft("GR-" + System.nanoTime() % 1_000_000, "repo-test",
				CallTerms.of(new TermsDraft("Remote monitoring", "Home monitoring for chronic patients.",
						List.of(new CallChallenge("Heart failure at home", "Detect decompensation early.")),
						new BigDecimal("250000"), new BigDecimal("50000"), "EUR", LocalDateTime.of(2027, 2, 1, 9, 0),
						LocalDateTime.of(2027, 3, 1, 17, 0), "Europe/Lisbon", null, null, null)),
				"olivia");
		this.calls.save(draft);
		this.call = draft.reference();
		this.company = UUID.randomUUID();
		this.jdbc.sql("insert into organisations (id, name, country, type) values (:id, 'MedSense', 'PT', 'SME')")
			.param("id", this.company)
			.update();
		this.submission = "S-" + System.nanoTime() % 10_000_000;
		this.jdbc.sql("""
				insert into submissions (id, reference, call_reference, organisation_id, applicant, status)
				values (:id, :reference, :call, :company, 'alice', 'SUBMITTED')
				""")
			.param("id", UUID.randomUUID())
			.param("reference", this.submission)
			.param("call", this.call)
			.param("company", this.company)
			.update();
	}

	@Test
	void aSignedGrantIsReadBackWithItsVersionsAmendmentsAndDeclarations() {
		Grant grant = opened();
		grant.prepare("peter", MAX_GRANT, RULES, NOW);
		grant.approve("pia", null, NOW, Duration.ofDays(14));
		grant.accept("alice", DECLARATIONS, DECLARATIONS, NOW);
		grant.requestAmendment("alice", "The hospital's ethics board needs more time", grant.inForce(),
				new AmendmentLimits(GrantFixtures.REQUESTED, MAX_GRANT, new BigDecimal("250000"), BigDecimal.ZERO,
						BigDecimal.ZERO, java.util.Set.of()),
				RULES, NOW);
		this.grants.save(grant);

		Grant read = this.grants.findByReference(grant.reference()).orElseThrow();

		assertThat(read.status()).isEqualTo(GrantStatus.SIGNED);
		assertThat(read.declarations()).containsExactlyInAnyOrderElementsOf(DECLARATIONS);
		assertThat(read.versions()).singleElement().satisfies((v) -> {
			assertThat(v.number()).isEqualTo(1);
			assertThat(v.terms().instalments()).extracting((i) -> i.amount().toPlainString())
				.containsExactly("20000.00", "22500.00", "7500.00");
		});
		assertThat(read.amendments()).singleElement()
			.satisfies((a) -> assertThat(a.status()).isEqualTo(AmendmentStatus.REQUESTED));
		assertThat(this.grants.findByCallReferenceOrderByReference(this.call)).hasSize(1);
		assertThat(this.grants.findByCompanyIdOrderByReference(this.company)).hasSize(1);
		assertThat(this.grants.findByProgrammes(List.of("repo-test"))).extracting(Grant::reference)
			.contains(grant.reference());
		assertThat(this.grants.existsBySubmissionReference(this.submission)).isTrue();
	}

	@Test
	void aStaleGrantIsNotSaved() {
		this.grants.save(opened());
		Grant first = this.grants.findBySubmissionReference(this.submission).orElseThrow();
		Grant second = this.grants.findBySubmissionReference(this.submission).orElseThrow();
		first.prepare("peter", MAX_GRANT, RULES, NOW);
		this.grants.save(first);

		second.prepare("pia", MAX_GRANT, RULES, NOW);
		assertThatThrownBy(() -> this.grants.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	private Grant opened() {
		return Grant.open(this.call, "repo-test", this.submission, this.company, "MedSense", "CardioWatch",
				GrantFixtures.REQUESTED, "EUR", null, GrantFixtures.defaults(), NOW);
	}

}
