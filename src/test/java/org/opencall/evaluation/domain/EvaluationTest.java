package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.opencall.evaluation.domain.EvaluationEvents.ConsensusDrafted;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusRoundOpened;
import org.opencall.evaluation.domain.EvaluationEvents.EvaluationCompleted;
import org.opencall.evaluation.domain.EvaluationEvents.ReevaluationStarted;
import org.opencall.evaluation.domain.EvaluationEvents.SlotHandedOver;
import org.opencall.evaluation.domain.EvaluationEvents.SlotLeftVacant;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.evaluation.domain.EvaluationFixtures.NOW;
import static org.opencall.evaluation.domain.EvaluationFixtures.scoredBy;
import static org.opencall.evaluation.domain.EvaluationFixtures.sheet;
import static org.opencall.evaluation.domain.EvaluationFixtures.started;

class EvaluationTest {

	@Test
	void anEvaluationStartsWithOneAssignedSlotPerExpertAndItsDueDates() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);

		assertThat(evaluation.slots()).extracting(Slot::expert).containsExactly("eva", "emil", "elena");
		assertThat(evaluation.slots()).extracting(Slot::state).containsOnly(SlotState.ASSIGNED);
		assertThat(evaluation.declarationDueAt(0)).isEqualTo(NOW.plus(Duration.ofDays(3)));
		assertThat(evaluation.scoringDueAt(0)).isEqualTo(NOW.plus(Duration.ofDays(14)));
		assertThat(evaluation.reminderAt(0)).isEqualTo(NOW.plus(Duration.ofDays(12)));
	}

	@Test
	void anEvaluationNeedsAsManyDistinctExpertsAsTheCallAsksFor() {
		assertThatThrownBy(() -> Evaluation.start("S-1", "C-1", "p", EvaluationFixtures.CRITERIA,
				EvaluationFixtures.settings(ConsensusMode.ALWAYS, "1"), List.of("eva", "eva", "emil"), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("experts: name each expert once");
		assertThatThrownBy(() -> Evaluation.start("S-1", "C-1", "p", EvaluationFixtures.CRITERIA,
				EvaluationFixtures.settings(ConsensusMode.ALWAYS, "1"), List.of("eva", "emil"), NOW))
			.hasMessageContaining("asks for 3 experts");
	}

	@Test
	void anExpertScoresOnlyAfterDeclaringNoConflict() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);

		assertThatThrownBy(() -> evaluation.score(0, "eva", sheet("4", "4", "4"), NOW))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("Declare that you have no conflict of interest");
		evaluation.declareNoConflict(0, "eva", NOW);
		evaluation.score(0, "eva", sheet("4", "4", "4"), NOW);

		assertThat(evaluation.slot(0).state()).isEqualTo(SlotState.SCORED);
		assertThat(evaluation.slot(0).scorecard().total()).isEqualByComparingTo("12");
	}

	@Test
	void onlyTheSlotsExpertDeclaresAndScores() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);

		assertThatThrownBy(() -> evaluation.declareNoConflict(0, "emil", NOW))
			.isInstanceOf(ActionForbiddenException.class);
		evaluation.declareNoConflict(0, "eva", NOW);
		assertThatThrownBy(() -> evaluation.score(0, "emil", sheet("4", "4", "4"), NOW))
			.isInstanceOf(ActionForbiddenException.class);
		assertThat(evaluation.slot(0).state()).isEqualTo(SlotState.NO_CONFLICT_DECLARED);
	}

	@Test
	void aRefusedScoreSheetChangesNothing() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);
		evaluation.declareNoConflict(0, "eva", NOW);

		assertThatThrownBy(() -> evaluation.score(0, "eva", sheet("4", "3.3", "4"), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("score2");

		assertThat(evaluation.slot(0).state()).isEqualTo(SlotState.NO_CONFLICT_DECLARED);
		assertThat(evaluation.slot(0).scorecard()).isNull();
	}

	@Test
	void aDeclaredConflictHandsTheSlotToANewExpertAndKeepsWhoHeldIt() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);

		assertThatThrownBy(() -> evaluation.declareConflict(1, "emil", " ", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("conflictDescription");
		evaluation.declareConflict(1, "emil", "I advised the applicant last year", NOW);
		assertThatThrownBy(() -> evaluation.handOver(1, Optional.of("eva"), NOW))
			.as("an expert of the proposal takes no second slot")
			.isInstanceOf(StateConflictException.class);
		SlotHandedOver handed = (SlotHandedOver) evaluation.handOver(1, Optional.of("erik"), NOW.plusSeconds(60));

		assertThat(handed)
			.isEqualTo(new SlotHandedOver("S-000042", "HC-2027-01", 1, "emil", "erik", SlotState.CONFLICT_DECLARED));
		Slot slot = evaluation.slot(1);
		assertThat(slot.expert()).isEqualTo("erik");
		assertThat(slot.state()).isEqualTo(SlotState.ASSIGNED);
		assertThat(slot.assignedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(slot.pastHolders().list()).singleElement()
			.satisfies((p) -> assertThat(p.expert()).isEqualTo("emil"))
			.satisfies((p) -> assertThat(p.reason()).isEqualTo("I advised the applicant last year"));
		assertThatThrownBy(() -> evaluation.score(1, "emil", sheet("4", "4", "4"), NOW))
			.isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("You declared a conflict of interest");
		assertThat(evaluation.expertsSoFar()).containsExactlyInAnyOrder("eva", "emil", "elena", "erik");
	}

	@Test
	void aDeclineAndAMissedDeadlineHandTheSlotOverTooAndWithoutExpertsItStaysVacant() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);
		assertThatThrownBy(() -> evaluation.decline(0, "eva", null, NOW)).hasMessageContaining("declineReason");
		evaluation.decline(0, "eva", "No time this month", NOW);
		evaluation.handOver(0, Optional.of("erik"), NOW);
		evaluation.missDeclarationDeadline(0, NOW);

		SlotLeftVacant vacant = (SlotLeftVacant) evaluation.handOver(0, Optional.empty(), NOW);

		assertThat(vacant.why()).isEqualTo(SlotState.DEADLINE_MISSED);
		assertThat(evaluation.slot(0).state()).isEqualTo(SlotState.VACANT);
		assertThat(evaluation.slot(0).pastHolders().list()).extracting(PastHolder::outcome)
			.containsExactly(SlotState.DECLINED, SlotState.DEADLINE_MISSED);
	}

	@Test
	void withoutAConsensusRoundTheConsensusIsTheRoundedMeanAndCompletesTheEvaluation() {
		Evaluation evaluation = started(ConsensusMode.ON_DIVERGENCE);
		scoredBy(evaluation, sheet("4", "3", "3"), sheet("4.5", "3", "3.5"), sheet("4", "3.5", "3"));
		assertThat(evaluation.maximumSpread()).isEqualByComparingTo("0.5");

		assertThat(evaluation.decideConsensus(false)).isEmpty();
		evaluation.computeMeanConsensus();
		EvaluationCompleted completed = evaluation.complete(NOW);

		assertThat(completed.consensus().scores()).extracting(CriterionScore::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("3"));
		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.COMPLETED);
	}

	@Test
	void theConsensusIsDecidedOnlyWhenEverySlotIsScoredOrVacant() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);
		scoredBy(evaluation, sheet("4", "3", "3"), sheet("4.5", "3", "3.5"));

		assertThatThrownBy(() -> evaluation.decideConsensus(true)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void inAConsensusRoundTheRapporteurDraftsTheOthersAnswerAndAnOfficerApproves() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);
		evaluation.chooseRapporteur("emil", "oscar");
		scoredBy(evaluation, sheet("4", "3", "3"), sheet("2", "3", "3.5"), sheet("4", "3.5", "3"));

		ConsensusRoundOpened opened = evaluation.decideConsensus(true).orElseThrow();
		assertThat(opened.rapporteur()).isEqualTo("emil");
		assertThatThrownBy(() -> evaluation.draftConsensus("eva", sheet("3", "3", "3")))
			.isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> evaluation.answerConsensus("eva", true, null, NOW))
			.isInstanceOf(StateConflictException.class);
		ConsensusDrafted drafted = evaluation.draftConsensus("emil", sheet("3.5", "3", "3"));
		assertThat(drafted.otherExperts()).containsExactly("eva", "elena");

		assertThatThrownBy(() -> evaluation.answerConsensus("elena", false, "", NOW))
			.hasMessageContaining("consensusComment");
		evaluation.answerConsensus("eva", true, null, NOW);
		assertThatThrownBy(() -> evaluation.approveConsensus("oscar", NOW)).as("elena has not answered")
			.isInstanceOf(StateConflictException.class);
		evaluation.answerConsensus("elena", false, "Impact deserves 3.5", NOW);
		assertThatThrownBy(() -> evaluation.approveConsensus("eva", NOW)).isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> evaluation.sendBackConsensus("oscar", null)).hasMessageContaining("moderatorComment");

		evaluation.sendBackConsensus("oscar", "Address elena's comment on Impact");
		evaluation.draftConsensus("emil", sheet("3.5", "3.5", "3"));
		assertThat(evaluation.consensusReport().responses()).as("a new draft is answered afresh").isEmpty();
		evaluation.answerConsensus("eva", true, null, NOW);
		evaluation.answerConsensus("elena", true, null, NOW);
		evaluation.approveConsensus("oscar", NOW);

		assertThat(evaluation.consensusReport().draft()).isEqualTo(2);
		assertThat(evaluation.complete(NOW).consensus().total()).isEqualByComparingTo("10");
	}

	@Test
	void theRapporteurIsTheFirstExpertWhoScoredUnlessAnOfficerChoseAnother() {
		Evaluation evaluation = started(ConsensusMode.ALWAYS);
		evaluation.decline(0, "eva", "Travelling", NOW);
		evaluation.handOver(0, Optional.empty(), NOW);
		evaluation.declareNoConflict(1, "emil", NOW);
		evaluation.score(1, "emil", sheet("3", "3", "3"), NOW);
		evaluation.declareNoConflict(2, "elena", NOW);
		evaluation.score(2, "elena", sheet("3", "3", "3"), NOW);
		assertThatThrownBy(() -> evaluation.chooseRapporteur("oscar", "olivia"))
			.isInstanceOf(InvalidInputException.class);

		assertThat(evaluation.decideConsensus(true).orElseThrow().rapporteur()).isEqualTo("emil");
		assertThat(evaluation.otherExperts()).containsExactly("elena");
	}

	@Test
	void aCompletedEvaluationIsEvaluatedAgainByNewExpertsOnTheSameCriteriaAndSettings() {
		Evaluation first = completed();

		Evaluation second = first.reevaluate(List.of("ines", "ivo", "ida"), "oscar", "Redress upheld: Impact misread",
				NOW.plusSeconds(60));

		assertThat(first.round()).isOne();
		assertThat(first.isReevaluation()).isFalse();
		assertThat(first.reevaluationRequest()).isEmpty();
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.isReevaluation()).isTrue();
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.submissionReference()).isEqualTo(first.submissionReference());
		assertThat(second.criteria()).isEqualTo(first.criteria());
		assertThat(second.settings()).isEqualTo(first.settings());
		assertThat(second.slots()).extracting(Slot::expert).containsExactly("ines", "ivo", "ida");
		assertThat(second.slots()).extracting(Slot::state).containsOnly(SlotState.ASSIGNED);
		assertThat(second.status()).isEqualTo(EvaluationStatus.INDIVIDUAL);
		assertThat(second.consensusScores()).isNull();
		assertThat(second.declarationDueAt(0)).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofDays(3)));
		assertThat(second.reevaluationRequest())
			.contains(new ReevaluationRequest("oscar", "Redress upheld: Impact misread"));
		assertThat(second.reevaluationStarted()).isEqualTo(new ReevaluationStarted(first.submissionReference(),
				first.callReference(), 2, List.of("ines", "ivo", "ida"), "oscar"));
		assertThatThrownBy(first::reevaluationStarted).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aReevaluationWaitsForTheEvaluationToCompleteAndNeedsNewExpertsAnOfficerAndAReason() {
		Evaluation running = started(ConsensusMode.ON_DIVERGENCE);
		running.declareConflict(1, "emil", "I advised the applicant", NOW);
		running.handOver(1, Optional.of("erik"), NOW);
		List<String> newcomers = List.of("ines", "ivo", "ida");

		assertThatThrownBy(() -> running.reevaluate(newcomers, "oscar", "Redress upheld", NOW))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("still running");
		scoredBy(running, sheet("4", "3", "3"), sheet("4", "3", "3"), sheet("4", "3", "3"));
		running.decideConsensus(false);
		running.computeMeanConsensus();
		running.complete(NOW);

		assertThatThrownBy(() -> running.reevaluate(List.of("ines", "emil", "ida"), "oscar", "Redress upheld", NOW))
			.as("emil declared a conflict with it")
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("experts: already took part in the evaluation of S-000042: emil");
		assertThatThrownBy(() -> running.reevaluate(newcomers, "oscar", " ", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		assertThatThrownBy(() -> running.reevaluate(newcomers, null, "Redress upheld", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("requestedBy");
		assertThatThrownBy(() -> running.reevaluate(List.of("ines", "ivo"), "oscar", "Redress upheld", NOW))
			.hasMessageContaining("asks for 3 experts");
		Evaluation second = running.reevaluate(newcomers, "oscar", "Redress upheld", NOW);
		assertThatThrownBy(() -> second.reevaluate(List.of("a", "b", "c"), "oscar", "Again", NOW))
			.isInstanceOf(StateConflictException.class);
	}

	private static Evaluation completed() {
		Evaluation evaluation = started(ConsensusMode.ON_DIVERGENCE);
		scoredBy(evaluation, sheet("4", "3", "3"), sheet("4", "3", "3"), sheet("4", "3", "3"));
		evaluation.decideConsensus(false);
		evaluation.computeMeanConsensus();
		evaluation.complete(NOW);
		return evaluation;
	}

}
