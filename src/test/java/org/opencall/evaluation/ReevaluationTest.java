package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.PageSession;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallState;
import org.opencall.calls.process.CallLifecycleProcess;
import org.opencall.evaluation.EvaluationFixtures.AwaitingAssignment;
import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResult.SlotResult;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.StateConflictException;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * A proposal evaluated again after its call's evaluation, as for an upheld redress
 * request: refused while the call's panel has too few experts new to it; once more
 * experts joined, only new experts free of conflicts get its tasks and the mail, declare,
 * read it, score it and agree a consensus through the engine REST API as in Tasklist. Its
 * result is then the re-evaluation's, published with its round, and the call — which left
 * evaluation before — is not told again.
 */
class ReevaluationTest extends ApiTest {

	private static final List<String> KEYWORDS = List.of("heart failure", "remote monitoring", "wearables");

	@Autowired
	EvaluationFixtures fixtures;

	@Autowired
	Reevaluations reevaluations;

	@Autowired
	EvaluationResults results;

	@Autowired
	EvaluationProgress progress;

	@Autowired
	ReplacementExperts replacements;

	@Autowired
	CallCatalogue calls;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	private EngineTasks tasks;

	@BeforeEach
	void engineRest() {
		init(this.engine);
		this.tasks = new EngineTasks(this.port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anEvaluatedProposalIsEvaluatedAgainByNewExpertsOnlyAndItsResultIsTheirConsensus() throws Exception {
		AwaitingAssignment call = this.fixtures.inEvaluation();
		call.proposals().forEach((proposal) -> this.fixtures.evaluate(proposal, "4"));
		ProcessInstance callInstance = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(call.reference())
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(callInstance).isWaitingAt(CallLifecycleProcess.EVENT_SELECTION_DECIDED);
			assertThat(status(call)).isEqualTo(CallState.EVALUATED);
		});
		String proposal = call.proposals().get(0);
		Set<String> earlier = new HashSet<>(
				this.results.of(proposal).orElseThrow().slots().stream().map(SlotResult::expert).toList());

		// the demo panel has one expert left who did not evaluate it
		assertThatThrownBy(() -> this.reevaluations.start(proposal, "oscar", "Redress upheld"))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("has 1 expert new to proposal " + proposal)
			.hasMessageContaining("needs 3");
		assertThatThrownBy(() -> this.reevaluations.start(proposal, "eva", "Redress upheld"))
			.isInstanceOf(ActionForbiddenException.class);
		assertThat(this.results.rounds(proposal)).hasSize(1);

		List<String> joined = List.of(joins(call, "ines", "Fraunhofer Portugal"), joins(call, "ivo", "TU Delft"),
				joins(call, "ida", "KTH Royal Institute of Technology"));
		String applicantsColleague = joins(call, "mara", "MedSense");

		Reevaluation started = this.reevaluations.start(proposal, "oscar",
				"Redress upheld: the Impact comments misread the pilot plan");

		assertThat(started.round()).isEqualTo(2);
		assertThat(started.experts()).as("the best new experts free of conflicts")
			.containsExactlyInAnyOrderElementsOf(joined)
			.doesNotContain(applicantsColleague)
			.doesNotContainAnyElementsOf(earlier);
		assertThat(started.beyondTheirLoad()).isEmpty();
		assertThat(this.replacements.nextFor(proposal, Set.of()))
			.as("a slot left in the re-evaluation goes to an expert new to the proposal, not to an earlier one")
			.hasValueSatisfying(
					(next) -> assertThat(next).isNotIn(earlier).isNotIn(joined).isNotEqualTo(applicantsColleague));
		assertThat(openTasks(proposal)).as("only the new experts are asked, to declare first")
			.containsOnlyKeys(joined)
			.allSatisfy((expert, keys) -> assertThat(keys).containsExactly(EvaluationProcess.TASK_DECLARE_CONFLICTS));
		for (String expert : earlier) {
			assertThat(this.tasks.tasks(expert, proposal)).isEmpty();
		}
		joined
			.forEach((expert) -> assertThat(mails(expert + "@experts.example", "Please evaluate proposal " + proposal))
				.isOne());
		assertThat(this.progress.unfinishedEvaluations(call.reference()))
			.as("the call does not wait for a re-evaluation")
			.isZero();
		assertThat(this.results.of(proposal).orElseThrow()).satisfies((result) -> {
			assertThat(result.round()).isEqualTo(2);
			assertThat(result.status()).isEqualTo("INDIVIDUAL");
		});

		// the new experts read the proposal once they declared no conflict; the earlier
		// experts no longer do
		PageSession rapporteur = PageSession.of(started.experts().get(0), EvaluationFixtures.PASSWORD, this.port);
		assertThat(rapporteur.get("/evaluations/" + proposal).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		for (String expert : joined) {
			this.tasks.withPassword(expert, EvaluationFixtures.PASSWORD);
			this.tasks.complete(expert, this.tasks.task(expert, proposal), Map.of("declaration", "noConflict"));
		}
		assertThat(rapporteur.get("/evaluations/" + proposal).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(session(earlier.iterator().next()).get("/evaluations/" + proposal).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		// they score, the rapporteur drafts, the others agree and an officer approves
		for (String expert : joined) {
			this.tasks.complete(expert, this.tasks.task(expert, proposal), EngineTasks.scores("3", "Plausible"));
		}
		this.fixtures.runJobs(proposal);
		this.tasks.complete(started.experts().get(0), this.tasks.task(started.experts().get(0), proposal),
				EngineTasks.scores("3", "Agreed anew"));
		for (String expert : started.experts().subList(1, 3)) {
			this.tasks.complete(expert, this.tasks.task(expert, proposal), Map.of("consensusAnswer", "agree"));
		}
		this.fixtures.runJobs(proposal);
		this.tasks.complete("olivia", this.tasks.task("olivia", proposal), Map.of("moderatorDecision", "approve"));
		this.fixtures.runJobs(proposal);

		EvaluationResult result = this.results.of(proposal).orElseThrow();
		assertThat(result.round()).isEqualTo(2);
		assertThat(result.status()).isEqualTo("COMPLETED");
		assertThat(result.rapporteur()).isEqualTo(started.experts().get(0));
		assertThat(result.consensus()).extracting(ScoreResult::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsOnly(new BigDecimal("3"));
		assertThat(this.results.rounds(proposal)).extracting(EvaluationResult::round).containsExactly(1, 2);
		assertThat(this.results.rounds(proposal).get(0).consensus()).extracting(ScoreResult::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsOnly(new BigDecimal("4"));
		assertThat(this.results.ofCall(call.reference()))
			.extracting(EvaluationResult::submissionReference, EvaluationResult::round)
			.contains(tuple(proposal, 2), tuple(call.proposals().get(1), 1));

		// the re-evaluation's completion is published with its round; the call's process,
		// past evaluation, is not messaged again
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(completions(proposal, "\"round\":2", true)).isOne());
		assertThat(completions(proposal, "", false)).as("every reaction to the completions ran").isZero();
		assertThat(completions(proposal, "\"round\":1", true)).isOne();
		assertThat(callInstance).isWaitingAt(CallLifecycleProcess.EVENT_SELECTION_DECIDED);
		assertThat(
				this.engine.getRuntimeService().createIncidentQuery().processInstanceId(callInstance.getId()).count())
			.isZero();
		assertThat(status(call)).isEqualTo(CallState.EVALUATED);
	}

	private String joins(AwaitingAssignment call, String name, String organisation) {
		return this.fixtures.joinsPanel(call.reference(), name, organisation, "DE", KEYWORDS);
	}

	/** The open tasks of the proposal's running evaluation: their keys by assignee. */
	private Map<String, List<String>> openTasks(String proposal) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(EvaluationProcess.KEY)
			.processInstanceBusinessKey(proposal)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Task::getAssignee,
					Collectors.mapping(Task::getTaskDefinitionKey, Collectors.toList())));
	}

	/**
	 * The reactions recorded for the proposal's {@link EvaluationCompleted} events whose
	 * text contains {@code containing}, completed or not.
	 */
	private int completions(String proposal, String containing, boolean completed) {
		return this.jdbc
			.sql("select count(*) from event_publication where event_type = :type and serialized_event like :proposal"
					+ " and serialized_event like :containing and (completion_date is not null) = :completed"
					+ " and listener_id like '%LastEvaluationCompleted%'")
			.param("type", EvaluationCompleted.class.getName())
			.param("proposal", "%\"" + proposal + "\"%")
			.param("containing", "%" + containing + "%")
			.param("completed", completed)
			.query(Integer.class)
			.single();
	}

	private int mails(String recipient, String subject) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = :r and subject = :s")
			.param("r", recipient)
			.param("s", "[Opencall] " + subject)
			.query(Integer.class)
			.single();
	}

	private CallState status(AwaitingAssignment call) {
		return this.calls.officerCall("olivia", call.reference()).status();
	}

}
