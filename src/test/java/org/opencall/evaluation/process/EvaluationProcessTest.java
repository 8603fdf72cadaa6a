package org.opencall.evaluation.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.evaluation.ChoosingRapporteurs;
import org.opencall.evaluation.EvaluationCompleted;
import org.opencall.evaluation.EvaluationProgress;
import org.opencall.evaluation.EvaluationResult;
import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResult.SlotResult;
import org.opencall.evaluation.EvaluationResults;
import org.opencall.evaluation.EvaluationTerms;
import org.opencall.evaluation.ReplacementExperts;
import org.opencall.evaluation.StartingEvaluations;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TaskCompletion;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.opencall.evaluation.process.EvaluationProcess.END;
import static org.opencall.evaluation.process.EvaluationProcess.EVENT_DECLARATION_DUE;
import static org.opencall.evaluation.process.EvaluationProcess.EVENT_SCORING_OVERDUE;
import static org.opencall.evaluation.process.EvaluationProcess.EVENT_SCORING_REMINDER;
import static org.opencall.evaluation.process.EvaluationProcess.KEY;
import static org.opencall.evaluation.process.EvaluationProcess.START;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_AGREE_CONSENSUS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_APPROVE_CONSENSUS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_COMPUTE_MEAN_CONSENSUS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_DECIDE_CONSENSUS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_DECLARE_CONFLICTS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_DRAFT_CONSENSUS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_ESCALATE_OVERDUE_SCORING;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_HAND_SLOT_OVER;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_RECORD_MISSED_DECLARATION;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_REMIND_EXPERT;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_SCORE_SUBMISSION;

/**
 * {@code evaluation} in the whole application: every path through the slots and the
 * consensus, with the engine clock moved for the timers and jobs run explicitly. The next
 * expert of a left slot comes from a test double of {@link ReplacementExperts}.
 */
@OpencallTest
@RecordApplicationEvents
class EvaluationProcessTest {

	private static final String FOUNDING_OFFICERS = "programme-healthchain-founding";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskCompletion tasks;

	@Autowired
	StartingEvaluations starting;

	@Autowired
	EvaluationProgress progress;

	@Autowired
	ChoosingRapporteurs rapporteurs;

	@Autowired
	EvaluationResults results;

	/** The EU defaults a call's evaluation rules start from. */
	EvaluationTerms defaults = EvaluationTerms
		.of(new CallView.Evaluation(false, "ALWAYS", new BigDecimal("1.5"), false, 7, 5, 21, 3));

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	ReplacementExperts replacements;

	@BeforeEach
	void initAssertions() {
		init(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void expertsWithoutConflictsScoreAndScoresWithinTheSpreadMakeTheRoundedMeanTheConsensus() {
		Evaluated proposal = started("ON_DIVERGENCE");
		Task declaration = task(proposal, TASK_DECLARE_CONFLICTS, "eva");
		Map<String, Object> shown = this.taskService.getVariablesLocal(declaration.getId());
		assertThat(shown).containsEntry("proposalTitle", "CardioWatch home monitoring")
			.containsEntry("proposalAcronym", "CARDIOWATCH")
			.containsEntry("proposalChallenge", SubmissionFixtures.CHALLENGE)
			.containsEntry("callReference", proposal.call());
		assertThat(this.taskService.getVariables(declaration.getId()).values())
			.as("nothing of the proposal's content before the declaration")
			.noneMatch((value) -> String.valueOf(value).contains("Wearable sensors"));
		assertThat(declaration.getName()).isEqualTo("Declare conflicts — " + proposal.reference());
		assertThat(declaration.getDueDate()).isEqualTo(Date.from(proposal.startedAt().plus(Duration.ofDays(5))));

		declareNoConflict(proposal, "eva");
		Task scoring = task(proposal, TASK_SCORE_SUBMISSION, "eva");
		assertThat(this.taskService.getVariablesLocal(scoring.getId())).containsEntry("criteriaCount", 3)
			.containsEntry("criterionName1", "Excellence")
			.containsEntry("criterionName3", "Quality and efficiency of the implementation")
			.containsEntry("criterionName4", "");
		assertThat((String) this.taskService.getVariablesLocal(scoring.getId()).get("criterionDescription2"))
			.contains("patients");
		score(proposal, "eva", 4, 3, 3);
		scored(proposal, "emil", 4.5, 3, 3.5);
		scored(proposal, "elena", 4, 3.5, 3);
		assertThat(this.progress.unfinishedEvaluations(proposal.call())).isEqualTo(1);
		runJobs(proposal);

		assertThat(proposal.instance()).isEnded()
			.hasPassedInOrder(START, TASK_DECLARE_CONFLICTS, TASK_SCORE_SUBMISSION, TASK_DECIDE_CONSENSUS,
					TASK_COMPUTE_MEAN_CONSENSUS, END)
			.hasNotPassed(TASK_DRAFT_CONSENSUS, TASK_HAND_SLOT_OVER);
		EvaluationResult result = this.results.of(proposal.reference()).orElseThrow();
		assertThat(result.status()).isEqualTo("COMPLETED");
		assertThat(result.consensusNeeded()).isFalse();
		assertThat(result.consensus()).extracting(ScoreResult::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("3"));
		assertThat(result.spreads()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.5"), new BigDecimal("0.5"), new BigDecimal("0.5"));
		assertThat(this.progress.unfinishedEvaluations(proposal.call())).isZero();
		assertThat(this.events.stream(EvaluationCompleted.class))
			.contains(new EvaluationCompleted(proposal.reference(), proposal.call()));
	}

	@Test
	void anExpertNeverReadsAnotherExpertsScoresThroughTheEngine() {
		Evaluated proposal = started("ALWAYS");
		scored(proposal, "eva", 1.5, 2, 2.5);
		declareNoConflict(proposal, "emil");

		Task emils = task(proposal, TASK_SCORE_SUBMISSION, "emil");
		assertThat(this.taskService.getVariables(emils.getId()))
			.allSatisfy((name, value) -> assertThat(value).as(name).isNotIn(1.5, 2.0, 2.5, "Because 1"))
			.doesNotContainKey("individualScores");
		assertThat(this.runtimeService.getVariables(proposal.instance().getId())).doesNotContainKeys("score1",
				"comment1", "overallComment", "declaration");
	}

	@Test
	void aDeclaredConflictHandsTheSlotToTheNextExpertAndMailsBoth() {
		Evaluated proposal = started("ON_DIVERGENCE");
		when(this.replacements.nextFor(eq(proposal.reference()), any())).thenReturn(Optional.of("erik"));

		assertThatThrownBy(() -> complete(proposal, TASK_DECLARE_CONFLICTS, "emil", Map.of("declaration", "conflict")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("conflictDescription");
		complete(proposal, TASK_DECLARE_CONFLICTS, "emil",
				Map.of("declaration", "conflict", "conflictDescription", "I advised MedSense last year"));
		assertThat(tasksOf(proposal, TASK_DECLARE_CONFLICTS)).as("the declaration is kept before the hand-over")
			.extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("eva", "elena");
		runJobs(proposal);

		assertThat(tasksOf(proposal, TASK_DECLARE_CONFLICTS)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("eva", "erik", "elena");
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Set<String>> excluded = ArgumentCaptor.forClass(Set.class);
		verify(this.replacements).nextFor(eq(proposal.reference()), excluded.capture());
		assertThat(excluded.getValue()).containsExactlyInAnyOrder("eva", "emil", "elena");
		assertThat(mails("emil@experts.example", "Evaluation of " + proposal.reference() + " handed over")).isOne();
		assertThat(mails("erik@experts.example", "Please evaluate proposal " + proposal.reference())).isOne();
		assertThat(mailBodies("emil@experts.example")).noneMatch((body) -> body.contains("advised"));

		scored(proposal, "erik", 3, 3, 3);
		EvaluationResult result = this.results.of(proposal.reference()).orElseThrow();
		assertThat(result.slots().get(1).expert()).isEqualTo("erik");
		assertThat(result.slots().get(1).state()).isEqualTo("SCORED");
		assertThat(result.slots().get(1).previousExperts()).containsExactly("emil");
	}

	@Test
	void aDeclineHandsTheSlotToTheNextExpert() {
		Evaluated proposal = started("ON_DIVERGENCE");
		when(this.replacements.nextFor(eq(proposal.reference()), any())).thenReturn(Optional.of("erik"));

		assertThatThrownBy(() -> complete(proposal, TASK_DECLARE_CONFLICTS, "elena", Map.of("declaration", "decline")))
			.hasMessageContaining("declineReason");
		complete(proposal, TASK_DECLARE_CONFLICTS, "elena",
				Map.of("declaration", "decline", "declineReason", "Travelling all month"));
		runJobs(proposal);

		assertThat(task(proposal, TASK_DECLARE_CONFLICTS, "erik")).isNotNull();
		assertThat(tasksOf(proposal, TASK_DECLARE_CONFLICTS)).extracting(Task::getAssignee).doesNotContain("elena");
		assertThat(proposal.instance()).hasPassed(TASK_HAND_SLOT_OVER);
		assertThat(mails("elena@experts.example", "Evaluation of " + proposal.reference() + " handed over")).isOne();
	}

	@Test
	void aMissedDeclarationDeadlineHandsTheSlotOverAndWithoutExpertsLeftTheOthersDecide() {
		Evaluated proposal = started("ON_DIVERGENCE");
		when(this.replacements.nextFor(eq(proposal.reference()), any())).thenReturn(Optional.of("erik"),
				Optional.empty());
		Task evas = task(proposal, TASK_DECLARE_CONFLICTS, "eva");
		Job deadline = timerOf(evas, EVENT_DECLARATION_DUE);
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(proposal.startedAt().plus(Duration.ofDays(5))));

		fire(deadline);
		runJobs(proposal);
		Task eriks = task(proposal, TASK_DECLARE_CONFLICTS, "erik");
		assertThat(tasksOf(proposal, TASK_DECLARE_CONFLICTS)).extracting(Task::getAssignee).doesNotContain("eva");
		assertThat(mails("erik@experts.example", "Please evaluate proposal " + proposal.reference())).isOne();
		Job eriksDeadline = timerOf(eriks, EVENT_DECLARATION_DUE);
		assertThat(eriksDeadline.getDuedate()).as("erik has the whole period from his assignment")
			.isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5))));

		fire(eriksDeadline);
		runJobs(proposal);
		assertThat(tasksOf(proposal, TASK_DECLARE_CONFLICTS)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("emil", "elena");
		assertThat(mails("oscar@opencall.example", "No expert left for " + proposal.reference())).isOne();
		assertThat(mails("olivia@opencall.example", "No expert left for " + proposal.reference())).isOne();

		scored(proposal, "emil", 3, 3, 3);
		scored(proposal, "elena", 4, 4, 4);
		runJobs(proposal);
		assertThat(proposal.instance()).isEnded().hasPassed(TASK_RECORD_MISSED_DECLARATION);
		EvaluationResult result = this.results.of(proposal.reference()).orElseThrow();
		assertThat(result.slots().get(0).state()).isEqualTo("VACANT");
		assertThat(result.slots().get(0).previousExperts()).containsExactly("eva", "erik");
		assertThat(result.consensus()).extracting(ScoreResult::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsOnly(new BigDecimal("3.5"));
	}

	@Test
	void anExpertIsRemindedBeforeTheScoringDeadlineAndTheOfficersAreToldWhenItPassesWhileScoringGoesOn() {
		Evaluated proposal = started("ON_DIVERGENCE");
		declareNoConflict(proposal, "eva");
		Task scoring = task(proposal, TASK_SCORE_SUBMISSION, "eva");
		Job reminder = timerOf(scoring, EVENT_SCORING_REMINDER);
		Job overdue = timerOf(scoring, EVENT_SCORING_OVERDUE);
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(proposal.startedAt().plus(Duration.ofDays(18))));
		assertThat(overdue.getDuedate()).isEqualTo(Date.from(proposal.startedAt().plus(Duration.ofDays(21))));

		fire(reminder);
		assertThat(mails("eva@experts.example", "Reminder: score proposal " + proposal.reference())).isOne();
		assertThat(task(proposal, TASK_SCORE_SUBMISSION, "eva").getId()).isEqualTo(scoring.getId());

		fire(overdue);
		assertThat(mails("oscar@opencall.example", "Scoring of " + proposal.reference() + " overdue")).isOne();
		assertThat(mails("olivia@opencall.example", "Scoring of " + proposal.reference() + " overdue")).isOne();
		assertThat(task(proposal, TASK_SCORE_SUBMISSION, "eva").getId()).isEqualTo(scoring.getId());
		assertThat(proposal.instance()).hasPassed(TASK_REMIND_EXPERT, TASK_ESCALATE_OVERDUE_SCORING);

		score(proposal, "eva", 3, 3, 3);
		assertThat(this.results.of(proposal.reference()).orElseThrow().slots().get(0).state()).isEqualTo("SCORED");
	}

	@Test
	void inAnAlwaysRoundTheRapporteurDraftsTheOthersAnswerAndTheOfficerSendsBackThenApproves() {
		Evaluated proposal = started("ALWAYS");
		scored(proposal, "eva", 4, 3, 3);
		scored(proposal, "emil", 4, 3, 3);
		scored(proposal, "elena", 4, 3, 3);
		runJobs(proposal);

		Task draft = task(proposal, TASK_DRAFT_CONSENSUS, "eva");
		assertThat(draft.getName()).isEqualTo("Draft consensus report — " + proposal.reference());
		assertThat((String) this.taskService.getVariablesLocal(draft.getId()).get("individualScores")).contains("eva:",
				"emil:", "elena:", "Excellence: 4 — Because 1");
		assertThatThrownBy(() -> complete(proposal, TASK_DRAFT_CONSENSUS, "eva", scores(3.3, 3, 3)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("score1");
		complete(proposal, TASK_DRAFT_CONSENSUS, "eva", scores(3.5, 3, 3));

		assertThat(tasksOf(proposal, TASK_AGREE_CONSENSUS)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("emil", "elena");
		assertThat((String) this.taskService.getVariablesLocal(task(proposal, TASK_AGREE_CONSENSUS, "emil").getId())
			.get("consensusDraft")).contains("Excellence: 3.5");
		complete(proposal, TASK_AGREE_CONSENSUS, "emil", Map.of("consensusAnswer", "agree"));
		complete(proposal, TASK_AGREE_CONSENSUS, "elena",
				Map.of("consensusAnswer", "comment", "consensusComment", "Excellence is a 4"));
		runJobs(proposal);

		Task approval = single(proposal, TASK_APPROVE_CONSENSUS);
		assertThat(approval).hasCandidateGroup(FOUNDING_OFFICERS);
		assertThat((String) this.taskService.getVariablesLocal(approval.getId()).get("consensusAnswers"))
			.contains("elena comments: Excellence is a 4");
		assertThatThrownBy(() -> completeAs("oscar", approval, Map.of("moderatorDecision", "sendBack")))
			.hasMessageContaining("moderatorComment");
		completeAs("oscar", approval,
				Map.of("moderatorDecision", "sendBack", "moderatorComment", "Settle Excellence with elena"));

		assertThat((String) this.taskService.getVariablesLocal(task(proposal, TASK_DRAFT_CONSENSUS, "eva").getId())
			.get("consensusAnswers")).contains("Sent back by oscar: Settle Excellence with elena");
		complete(proposal, TASK_DRAFT_CONSENSUS, "eva", scores(4, 3, 3));
		complete(proposal, TASK_AGREE_CONSENSUS, "emil", Map.of("consensusAnswer", "agree"));
		complete(proposal, TASK_AGREE_CONSENSUS, "elena", Map.of("consensusAnswer", "agree"));
		runJobs(proposal);
		completeAs("oscar", single(proposal, TASK_APPROVE_CONSENSUS), Map.of("moderatorDecision", "approve"));

		assertThat(proposal.instance()).isEnded()
			.hasPassedInOrder(TASK_DECIDE_CONSENSUS, TASK_DRAFT_CONSENSUS, TASK_AGREE_CONSENSUS, TASK_APPROVE_CONSENSUS,
					TASK_DRAFT_CONSENSUS, TASK_APPROVE_CONSENSUS, END)
			.hasNotPassed(TASK_COMPUTE_MEAN_CONSENSUS);
		EvaluationResult result = this.results.of(proposal.reference()).orElseThrow();
		assertThat(result.rapporteur()).isEqualTo("eva");
		assertThat(result.consensus()).extracting(ScoreResult::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("3"));
	}

	@Test
	void aRapporteurLeftAloneByVacantSlotsGoesStraightToTheModerator() {
		Evaluated proposal = started("ALWAYS");
		when(this.replacements.nextFor(eq(proposal.reference()), any())).thenReturn(Optional.empty());
		complete(proposal, TASK_DECLARE_CONFLICTS, "emil", Map.of("declaration", "decline", "declineReason", "Busy"));
		complete(proposal, TASK_DECLARE_CONFLICTS, "elena", Map.of("declaration", "decline", "declineReason", "Ill"));
		scored(proposal, "eva", 3, 3, 3);
		runJobs(proposal);

		complete(proposal, TASK_DRAFT_CONSENSUS, "eva", scores(3, 3, 3));
		runJobs(proposal);
		assertThat(tasksOf(proposal, TASK_AGREE_CONSENSUS)).isEmpty();
		completeAs("olivia", single(proposal, TASK_APPROVE_CONSENSUS), Map.of("moderatorDecision", "approve"));

		assertThat(proposal.instance()).isEnded();
		assertThat(this.results.of(proposal.reference()).orElseThrow().slots()).extracting(SlotResult::state)
			.containsExactly("SCORED", "VACANT", "VACANT");
	}

	@Test
	void inTheCascadePracticeScoresBeyondTheSpreadCallForAConsensusRound() {
		Evaluated proposal = started("ON_DIVERGENCE");
		scored(proposal, "eva", 4, 3, 3);
		scored(proposal, "emil", 2, 3, 3);
		scored(proposal, "elena", 3, 3, 3);
		runJobs(proposal);

		assertThat(proposal.instance()).isWaitingAt(TASK_DRAFT_CONSENSUS).hasNotPassed(TASK_COMPUTE_MEAN_CONSENSUS);
		assertThat(this.results.of(proposal.reference()).orElseThrow().consensusNeeded()).isTrue();
	}

	@Test
	void badScoresAreRefusedNamingTheirFieldsAndChangeNothing() {
		Evaluated proposal = started("ALWAYS");
		declareNoConflict(proposal, "eva");
		Task scoring = task(proposal, TASK_SCORE_SUBMISSION, "eva");

		assertThat(refusals(proposal, scores(5.5, 3, 3))).extracting(FieldViolation::field).containsExactly("score1");
		assertThat(refusals(proposal, scores(3, 3.3, 3))).singleElement()
			.satisfies((v) -> assertThat(v.reason()).contains("half points"));
		Map<String, Object> noComment = scores(3, 3, 3);
		noComment.put("comment2", "");
		assertThat(refusals(proposal, noComment)).extracting(FieldViolation::field).containsExactly("comment2");
		Map<String, Object> twoCriteria = scores(3, 3, 3);
		twoCriteria.remove("score3");
		twoCriteria.remove("comment3");
		assertThat(refusals(proposal, twoCriteria)).extracting(FieldViolation::field)
			.containsExactly("score3", "comment3");
		Map<String, Object> noOverall = scores(3, 3, 3);
		noOverall.remove("overallComment");
		assertThat(refusals(proposal, noOverall)).extracting(FieldViolation::field).containsExactly("overallComment");

		assertThat(task(proposal, TASK_SCORE_SUBMISSION, "eva").getId()).isEqualTo(scoring.getId());
		assertThat(this.results.of(proposal.reference()).orElseThrow().slots().get(0).state())
			.isEqualTo("NO_CONFLICT_DECLARED");
	}

	@Test
	void nobodyCompletesAnotherExpertsTaskAndADeclarationNeedsAChoice() {
		Evaluated proposal = started("ALWAYS");
		Task evas = task(proposal, TASK_DECLARE_CONFLICTS, "eva");

		assertThatThrownBy(() -> completeAs("emil", evas, Map.of("declaration", "noConflict")))
			.isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> completeAs("eva", evas, Map.of("declaration", "maybe")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("declaration");
		declareNoConflict(proposal, "eva");
		Task scoring = task(proposal, TASK_SCORE_SUBMISSION, "eva");
		assertThatThrownBy(() -> completeAs("emil", scoring, scores(3, 3, 3)))
			.isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> completeAs("oscar", scoring, scores(3, 3, 3)))
			.isInstanceOf(ActionForbiddenException.class);

		assertThat(task(proposal, TASK_SCORE_SUBMISSION, "eva").getId()).isEqualTo(scoring.getId());
		assertThat(this.results.of(proposal.reference()).orElseThrow().slots().get(0).state())
			.isEqualTo("NO_CONFLICT_DECLARED");
	}

	@Test
	void anAdministratorWhomTheEngineLetsCompleteAnyTaskIsStillRefusedAnExpertsDeclaration() {
		Evaluated proposal = started("ALWAYS");
		Task evas = task(proposal, TASK_DECLARE_CONFLICTS, "eva");

		assertThatThrownBy(() -> completeAs("admin", evas, Map.of("declaration", "noConflict")))
			.isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("only they may make it");

		assertThat(task(proposal, TASK_DECLARE_CONFLICTS, "eva").getId()).isEqualTo(evas.getId());
		assertThat(this.results.of(proposal.reference()).orElseThrow().slots().get(0).state()).isEqualTo("ASSIGNED");
	}

	@Test
	void anOfficerOfTheProgrammeChoosesTheRapporteurBeforeTheConsensusRound() {
		Evaluated proposal = started("ALWAYS");
		assertThatThrownBy(() -> this.rapporteurs.choose("otto", proposal.reference(), "elena"))
			.isInstanceOf(ActionForbiddenException.class);
		assertThatThrownBy(() -> this.rapporteurs.choose("olivia", proposal.reference(), "erik"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("rapporteur");
		this.rapporteurs.choose("olivia", proposal.reference(), "elena");

		scored(proposal, "eva", 3, 3, 3);
		scored(proposal, "emil", 3, 3, 3);
		scored(proposal, "elena", 3, 3, 3);
		runJobs(proposal);

		assertThat(task(proposal, TASK_DRAFT_CONSENSUS, "elena")).isNotNull();
		assertThat(tasksOf(proposal, TASK_DRAFT_CONSENSUS)).hasSize(1);
	}

	@Test
	void anEvaluationStartsOnceWithExpertsOfThePoolAsManyAsTheCallAsksFor() {
		CallView call = this.fixtures.openCall();
		String reference = this.fixtures.submitted("alice", call);

		assertThatThrownBy(() -> this.starting.start(reference, call.reference(), List.of("eva", "oscar", "elena")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not in the expert pool: oscar");
		assertThatThrownBy(() -> this.starting.start(reference, call.reference(), List.of("eva", "emil")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("3 experts");
		this.starting.start(reference, call.reference(), List.of("eva", "emil", "elena"));
		assertThatThrownBy(() -> this.starting.start(reference, call.reference(), List.of("eva", "emil", "elena")))
			.isInstanceOf(StateConflictException.class);

		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.processInstanceBusinessKey(reference)
			.count()).isOne();
	}

	// fixtures

	private Evaluated started(String consensusMode) {
		CallView call = this.fixtures.openCall();
		String reference = this.fixtures.submitted("alice", call);
		EvaluationTerms terms = new EvaluationTerms(consensusMode, new BigDecimal("1.5"),
				this.defaults.declarationPeriod(), this.defaults.scoringPeriod(), this.defaults.reminderBefore());
		Instant now = ClockUtil.getCurrentTime().toInstant();
		this.starting.start(reference, call.reference(), List.of("eva", "emil", "elena"), terms);
		ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(KEY)
			.processInstanceBusinessKey(reference)
			.singleResult();
		return new Evaluated(reference, call.reference(), instance, now);
	}

	private record Evaluated(String reference, String call, ProcessInstance instance, Instant startedAt) {
	}

	private void declareNoConflict(Evaluated proposal, String expert) {
		complete(proposal, TASK_DECLARE_CONFLICTS, expert, Map.of("declaration", "noConflict"));
	}

	private void score(Evaluated proposal, String expert, double... scores) {
		complete(proposal, TASK_SCORE_SUBMISSION, expert, scores(scores));
	}

	private void scored(Evaluated proposal, String expert, double... scores) {
		declareNoConflict(proposal, expert);
		score(proposal, expert, scores);
	}

	/** A complete score form: each score with a comment, and an overall comment. */
	private static Map<String, Object> scores(double... scores) {
		Map<String, Object> form = new HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			form.put("score" + (i + 1), scores[i]);
			form.put("comment" + (i + 1), "Because " + (i + 1));
		}
		form.put("overallComment", "Promising for heart-failure nurses.");
		return form;
	}

	private List<FieldViolation> refusals(Evaluated proposal, Map<String, Object> form) {
		return catchThrowableOfType(InvalidInputException.class,
				() -> complete(proposal, TASK_SCORE_SUBMISSION, "eva", form))
			.violations();
	}

	private void complete(Evaluated proposal, String taskKey, String expert, Map<String, Object> variables) {
		completeAs(expert, task(proposal, taskKey, expert), variables);
	}

	private void completeAs(String user, Task task, Map<String, Object> variables) {
		this.tasks.completeAs(user, task.getId(), variables);
	}

	private Task task(Evaluated proposal, String taskKey, String assignee) {
		return this.taskService.createTaskQuery()
			.processInstanceId(proposal.instance().getId())
			.taskDefinitionKey(taskKey)
			.taskAssignee(assignee)
			.singleResult();
	}

	private Task single(Evaluated proposal, String taskKey) {
		return this.taskService.createTaskQuery()
			.processInstanceId(proposal.instance().getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	private List<Task> tasksOf(Evaluated proposal, String taskKey) {
		return this.taskService.createTaskQuery()
			.processInstanceId(proposal.instance().getId())
			.taskDefinitionKey(taskKey)
			.list();
	}

	private Job timerOf(Task task, String boundaryEvent) {
		return this.managementService.createJobQuery()
			.executionId(task.getExecutionId())
			.activityId(boundaryEvent)
			.timers()
			.singleResult();
	}

	/** Moves the engine clock to the timer's due date and runs it. */
	private void fire(Job timer) {
		ClockUtil.setCurrentTime(timer.getDuedate());
		this.managementService.executeJob(timer.getId());
	}

	/** Runs the asynchronous continuations that join the slots and the answers. */
	private void runJobs(Evaluated proposal) {
		List<Job> jobs;
		while (!(jobs = this.managementService.createJobQuery()
			.processInstanceId(proposal.instance().getId())
			.messages()
			.list()).isEmpty()) {
			jobs.forEach((job) -> this.managementService.executeJob(job.getId()));
		}
	}

	private int mails(String recipient, String subject) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = :r and subject = :s")
			.param("r", recipient)
			.param("s", "[Opencall] " + subject)
			.query(Integer.class)
			.single();
	}

	private List<String> mailBodies(String recipient) {
		return this.jdbc.sql("select body from mail_outbox where recipient = :r")
			.param("r", recipient)
			.query(String.class)
			.list();
	}

}
