package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.evaluation.domain.EvaluationFixtures.CRITERIA;
import static org.opencall.evaluation.domain.EvaluationFixtures.NOW;
import static org.opencall.evaluation.domain.EvaluationFixtures.settings;
import static org.opencall.evaluation.domain.EvaluationFixtures.sheet;

/**
 * Evaluations are stored and read back whole — settings, criteria, slots with their
 * scorecards and past holders, the consensus report — and a change made by someone else
 * in between is refused.
 */
@RepositoryTest
class EvaluationRepositoryTest {

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	CallRepository calls;

	@Autowired
	JdbcClient jdbc;

	private String call;

	private String submission;

	@BeforeEach
	void callAndSubmission() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		Call draft = Call.draft("EV-" + System.nanoTime() % 1_000_000, "repo-test",
				CallTerms.of(new TermsDraft("Remote monitoring", "Home monitoring for chronic patients.",
						List.of(new CallChallenge("Heart failure at home", "Detect decompensation early.")),
						new BigDecimal("250000"), new BigDecimal("50000"), "EUR", LocalDateTime.of(2027, 2, 1, 9, 0),
						LocalDateTime.of(2027, 3, 1, 17, 0), "Europe/Lisbon", null, null, null)),
				"olivia");
		this.calls.save(draft);
		this.call = draft.reference();
		UUID organisation = UUID.randomUUID();
		this.jdbc.sql("insert into organisations (id, name, country, type) values (:id, 'MedSense', 'PT', 'SME')")
			.param("id", organisation)
			.update();
		this.submission = "S-E" + System.nanoTime() % 100_000;
		this.jdbc.sql("""
				insert into submissions (id, reference, call_reference, organisation_id, applicant, status,
				submitted_version) values (:id, :reference, :call, :organisation, 'alice', 'ELIGIBLE', 1)
				""")
			.param("id", UUID.randomUUID())
			.param("reference", this.submission)
			.param("call", this.call)
			.param("organisation", organisation)
			.update();
	}

	@Test
	void anEvaluationIsReadBackWithItsSettingsCriteriaAndSlots() {
		Evaluation evaluation = this.evaluations.save(started(ConsensusMode.ON_DIVERGENCE));

		Evaluation read = this.evaluations.findBySubmission(this.submission).orElseThrow();
		assertThat(read.id()).isEqualTo(evaluation.id());
		assertThat(read.callReference()).isEqualTo(this.call);
		assertThat(read.programmeCode()).isEqualTo("repo-test");
		assertThat(read.settings()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(evaluation.settings());
		assertThat(read.criteria()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(CRITERIA);
		assertThat(read.slots()).extracting(Slot::expert).containsExactly("eva", "emil", "elena");
		assertThat(read.slots()).extracting(Slot::state).containsOnly(SlotState.ASSIGNED);
		assertThat(read.slot(0).assignedAt()).isEqualTo(NOW);
		assertThat(read.status()).isEqualTo(EvaluationStatus.INDIVIDUAL);
	}

	@Test
	void scorecardsPastHoldersAndTheConsensusReportAreKept() {
		Evaluation evaluation = this.evaluations.save(started(ConsensusMode.ALWAYS));
		evaluation.declareConflict(1, "emil", "I advised the applicant", NOW);
		evaluation.handOver(1, Optional.of("erik"), NOW.plusSeconds(5));
		EvaluationFixtures.scoredBy(evaluation, sheet("4", "3.5", "3"), sheet("3", "3", "3"), sheet("4", "4", "4"));
		evaluation.decideConsensus(true);
		evaluation.draftConsensus("eva", sheet("3.5", "3.5", "3.5"));
		evaluation.answerConsensus("erik", false, "Excellence is a 4", NOW);
		this.evaluations.save(evaluation);

		Evaluation read = this.evaluations.findById(evaluation.id()).orElseThrow();
		assertThat(read.slot(1).expert()).isEqualTo("erik");
		assertThat(read.slot(1).pastHolders().list()).singleElement()
			.isEqualTo(new PastHolder("emil", SlotState.CONFLICT_DECLARED, "I advised the applicant", NOW,
					NOW.plusSeconds(5)));
		assertThat(read.slot(0).scorecard()).isEqualTo(evaluation.slot(0).scorecard());
		assertThat(read.slot(0).scorecard().scores().get(1).score()).isEqualByComparingTo("3.5");
		assertThat(read.status()).isEqualTo(EvaluationStatus.CONSENSUS);
		assertThat(read.consensusNeeded()).isTrue();
		assertThat(read.consensusReport()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(evaluation.consensusReport());
		assertThat(read.consensusReport().responses()).singleElement()
			.satisfies((r) -> assertThat(r.comment()).isEqualTo("Excellence is a 4"));
	}

	@Test
	void unfinishedEvaluationsAreCountedPerCall() {
		Evaluation evaluation = this.evaluations.save(started(ConsensusMode.ON_DIVERGENCE));
		assertThat(this.evaluations.countUnfinished(this.call)).isEqualTo(1);

		EvaluationFixtures.scoredBy(evaluation, sheet("4", "4", "4"), sheet("4", "4", "4"), sheet("4", "4", "4"));
		evaluation.decideConsensus(false);
		evaluation.computeMeanConsensus();
		evaluation.complete(NOW);
		this.evaluations.save(evaluation);

		assertThat(this.evaluations.countUnfinished(this.call)).isZero();
		assertThat(this.evaluations.findByCall(this.call)).hasSize(1);
		assertThat(this.evaluations.findById(evaluation.id()).orElseThrow().consensusScores().total())
			.isEqualByComparingTo("12");
	}

	@Test
	void aReevaluationIsTheProposalsLatestRoundAndTheCallCountsItsFirstRoundsOnly() {
		Evaluation first = this.evaluations.save(started(ConsensusMode.ON_DIVERGENCE));
		EvaluationFixtures.scoredBy(first, sheet("4", "4", "4"), sheet("4", "4", "4"), sheet("4", "4", "4"));
		first.decideConsensus(false);
		first.computeMeanConsensus();
		first.complete(NOW);
		this.evaluations.save(first);

		Evaluation second = this.evaluations
			.save(first.reevaluate(List.of("ines", "ivo", "ida"), "oscar", "Redress upheld", NOW.plusSeconds(60)));

		Evaluation latest = this.evaluations.findBySubmission(this.submission).orElseThrow();
		assertThat(latest.id()).isEqualTo(second.id());
		assertThat(latest.round()).isEqualTo(2);
		assertThat(latest.reevaluationRequest()).contains(new ReevaluationRequest("oscar", "Redress upheld"));
		assertThat(latest.criteria()).hasSize(3);
		assertThat(this.evaluations.findRounds(this.submission)).extracting(Evaluation::round).containsExactly(1, 2);
		assertThat(this.evaluations.findRounds(this.submission).get(0).reevaluationRequest()).isEmpty();
		assertThat(this.evaluations.findByCall(this.call)).extracting(Evaluation::id).containsExactly(second.id());
		assertThat(this.evaluations.countUnfinished(this.call)).as("the call counts its first rounds").isZero();
		assertThat(this.evaluations.findHeldBy("ivo", 10)).extracting(Evaluation::id).containsExactly(second.id());
		assertThatThrownBy(() -> this.evaluations
			.save(first.reevaluate(List.of("ada", "bo", "cy"), "olivia", "Twice at once", NOW.plusSeconds(61))))
			.as("one round 2 per proposal")
			.hasCauseInstanceOf(DuplicateKeyException.class)
			.rootCause()
			.hasMessageContaining("evaluations_submission_round");
	}

	@Test
	void aChangeToAStaleCopyIsRefused() {
		Evaluation evaluation = this.evaluations.save(started(ConsensusMode.ALWAYS));
		Evaluation first = this.evaluations.findById(evaluation.id()).orElseThrow();
		Evaluation second = this.evaluations.findById(evaluation.id()).orElseThrow();
		first.declareNoConflict(0, "eva", NOW);
		this.evaluations.save(first);

		second.decline(0, "eva", "Busy", NOW);
		assertThatThrownBy(() -> this.evaluations.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	private Evaluation started(ConsensusMode mode) {
		return Evaluation.start(this.submission, this.call, "repo-test", CRITERIA, settings(mode, "1.5"),
				List.of("eva", "emil", "elena"), NOW);
	}

}
