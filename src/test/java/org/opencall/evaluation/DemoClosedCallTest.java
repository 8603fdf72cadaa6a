package org.opencall.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencall.OpencallApplication;
import org.opencall.OpencallTest;
import org.opencall.TestSmtp;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallState;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.identity.Programme;
import org.opencall.selection.CallRanking;
import org.opencall.selection.RankingView;
import org.opencall.selection.process.SelectionProcess;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's closed and evaluated calls, seeded at startup: the closed one in evaluation,
 * every eligible proposal with three experts, and eva with conflicts to declare at once;
 * the evaluated one waiting for its funding decision, with a ranking that shows every
 * outcome; a second start seeds nothing more. Its own database and engine, so that the
 * seeded calls never meet the other tests' data; closed after the class.
 */
@OpencallTest
@TestPropertySource(properties = { "opencall.demo.closed-call=true", "opencall.demo.evaluated-call=true",
		"camunda.bpm.process-engine-name=demoClosedCall" })
@DirtiesContext
class DemoClosedCallTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	private static final EmbeddedPostgres DATABASE = ownDatabase();

	private static final String EVALUATED = "HC-DEMO-03";

	@Autowired
	CallCatalogue calls;

	@Autowired
	ProposalsToEvaluate proposals;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	CallRanking ranking;

	@Autowired
	ConfigurableApplicationContext context;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void theClosedCallIsInEvaluationWithThreeExpertsOnEveryEligibleProposal() {
		assertThat(this.calls.officerCall("olivia", DemoClosedCall.REFERENCE).status())
			.isEqualTo(CallState.IN_EVALUATION);
		List<String> eligible = this.proposals.eligibleOf(DemoClosedCall.REFERENCE)
			.stream()
			.map((proposal) -> proposal.reference())
			.toList();
		assertThat(eligible).hasSize(DemoProposals.ALL.size());
		for (String proposal : eligible) {
			List<Task> declarations = this.taskService.createTaskQuery()
				.processInstanceBusinessKey(proposal)
				.taskDefinitionKey(EvaluationProcess.TASK_DECLARE_CONFLICTS)
				.list();
			assertThat(declarations).as(proposal).hasSize(3);
			assertThat(declarations).extracting(Task::getAssignee)
				.doesNotHaveDuplicates()
				.allMatch(DemoClosedCall.EXPERTS::contains);
		}
	}

	@Test
	void evaDeclaresConflictsAtOnceWithDueDatesFromToday() {
		List<Task> evas = this.taskService.createTaskQuery()
			.taskAssignee("eva")
			.taskDefinitionKey(EvaluationProcess.TASK_DECLARE_CONFLICTS)
			.list();
		assertThat(evas).isNotEmpty();
		assertThat(evas).allMatch((task) -> task.getDueDate().after(new Date()));
		assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000);
	}

	@Test
	void theEvaluatedCallWaitsForItsProgrammesOfficersToProposeTheFundingDecision() {
		assertThat(this.calls.officerCall("olivia", EVALUATED).status()).isEqualTo(CallState.EVALUATED);
		Task propose = this.taskService.createTaskQuery()
			.processDefinitionKey(SelectionProcess.KEY)
			.processInstanceBusinessKey(EVALUATED)
			.singleResult();
		assertThat(propose.getTaskDefinitionKey()).isEqualTo(SelectionProcess.TASK_PROPOSE);
		assertThat(this.taskService.getIdentityLinksForTask(propose.getId()))
			.anyMatch((link) -> Programme.groupIdOf("healthchain-founding").equals(link.getGroupId()));
		assertThat(candidates(propose, "olivia", "oscar", "otto")).containsExactly("olivia", "oscar");
	}

	@Test
	void theEvaluatedCallsRankingSelectsTwoDrawsTheBudgetLineAtATieAndRejectsTwo() {
		RankingView ranking = this.ranking.of("olivia", EVALUATED);
		Map<String, String> outcomes = ranking.proposals()
			.stream()
			.collect(Collectors.toMap(RankingView.Row::organisation, RankingView.Row::outcome));
		assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
				Map.of("MedSense", "SELECTED", "FlowBed Analytics", "SELECTED", "Pharmatrack", "RESERVE", "WardWise",
						"RESERVE", "CareFlow", "REJECTED", "LogiMed Systems", "REJECTED"));
		RankingView.Row tieWinner = row(ranking, "FlowBed Analytics");
		RankingView.Row budgetLine = row(ranking, "Pharmatrack");
		assertThat(budgetLine.total()).isEqualByComparingTo(tieWinner.total());
		assertThat(budgetLine.rank()).isEqualTo(tieWinner.rank() + 1);
		RankingView.Row belowTheLine = row(ranking, "WardWise");
		assertThat(belowTheLine.requested()).isLessThanOrEqualTo(ranking.budget().subtract(ranking.committed()));
		assertThat(ranking.committed()).isEqualByComparingTo(new BigDecimal("115000"));
		assertThat(row(ranking, "CareFlow").reason()).contains("Impact");
	}

	@Test
	void seedingAgainAtTheNextStartChangesNothing() {
		Seeded before = seeded();
		this.context.publishEvent(new ApplicationReadyEvent(new SpringApplication(OpencallApplication.class),
				new String[0], this.context, Duration.ZERO));
		assertThat(seeded()).isEqualTo(before);
		assertThat(ClockUtil.getCurrentTime()).isCloseTo(new Date(), 60_000);
	}

	private Seeded seeded() {
		return new Seeded(
				this.calls.callsOf("olivia").stream().map((call) -> call.reference() + " " + call.status()).toList(),
				this.historyService.createHistoricProcessInstanceQuery().count(),
				this.historyService.createHistoricTaskInstanceQuery().count(),
				this.ranking.of("olivia", EVALUATED)
					.proposals()
					.stream()
					.map((row) -> row.reference() + " " + row.outcome())
					.toList());
	}

	private record Seeded(List<String> calls, long processInstances, long tasks, List<String> ranking) {
	}

	private List<String> candidates(Task task, String... users) {
		return List.of(users)
			.stream()
			.filter((user) -> this.taskService.createTaskQuery()
				.taskId(task.getId())
				.taskCandidateUser(user)
				.count() == 1)
			.toList();
	}

	private static RankingView.Row row(RankingView ranking, String organisation) {
		return ranking.proposals()
			.stream()
			.filter((row) -> row.organisation().equals(organisation))
			.findFirst()
			.orElseThrow();
	}

	private static EmbeddedPostgres ownDatabase() {
		try {
			EmbeddedPostgres started = EmbeddedPostgres.builder().start();
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
