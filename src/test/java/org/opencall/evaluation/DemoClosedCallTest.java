package org.opencall.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
import org.opencall.cocreation.PilotQueries;
import org.opencall.cocreation.PilotView;
import org.opencall.cocreation.ReleasingPayments;
import org.opencall.contracting.GrantQueries;
import org.opencall.contracting.GrantTerms;
import org.opencall.contracting.GrantView;
import org.opencall.contracting.SignedGrants;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.identity.Programme;
import org.opencall.platform.ActionForbiddenException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's closed and evaluated calls, seeded at startup: the closed one in evaluation,
 * every eligible proposal with three experts, and eva with conflicts to declare at once;
 * the evaluated one waiting for its funding decision, with a ranking that shows every
 * outcome; the contracted one with alice's grant signed and its pilot running at nora's
 * hospital, her first deliverable due in a few weeks and the advance waiting for pia's
 * release; a second start seeds nothing more. Its own database and engine, so that the
 * seeded calls never meet the other tests' data; closed after the class.
 */
@OpencallTest
@TestPropertySource(properties = { "opencall.demo.closed-call=true", "opencall.demo.evaluated-call=true",
		"opencall.demo.contracted-call=true", "camunda.bpm.process-engine-name=demoClosedCall" })
@DirtiesContext
class DemoClosedCallTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	private static final EmbeddedPostgres DATABASE = ownDatabase();

	private static final String EVALUATED = "HC-DEMO-03";

	private static final String CONTRACTED = "HC-DEMO-04";

	private static final String HOST = "Coimbra University Hospital";

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
	SignedGrants signedGrants;

	@Autowired
	GrantQueries grants;

	@Autowired
	PilotQueries pilots;

	@Autowired
	ReleasingPayments releasing;

	@Autowired
	ManagementService managementService;

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
	void theContractedCallsGrantIsAlicesSignedWithItsFirstAgreementVersion() {
		assertThat(this.calls.officerCall("olivia", CONTRACTED).status()).isEqualTo(CallState.DECIDED);
		GrantTerms terms = contractedGrant();
		assertThat(terms.company()).isEqualTo("MedSense");
		assertThat(terms.agreementVersion()).isEqualTo(1);
		assertThat(terms.hostOrganisation()).isEqualTo(HOST);
		assertThat(terms.preparedBy()).isEqualTo("peter");
		assertThat(terms.approvedBy()).isEqualTo("pia");
		assertThat(terms.instalments()).extracting(GrantTerms.Instalment::percent)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("40"), new BigDecimal("45"), new BigDecimal("15"));
		assertThat(terms.indicators()).hasSize(3);
		GrantView grant = this.grants.grant("alice", terms.grantReference());
		assertThat(grant.status()).isEqualTo("SIGNED");
		assertThat(grant.answeredBy()).isEqualTo("alice");
		assertThat(grant.versions()).extracting(GrantView.Version::number).containsExactly(1);
	}

	@Test
	void theContractedCallsPilotRunsAtNorasHospitalWithItsFirstDeliverableDueInAFewWeeks() {
		String grant = contractedGrant().grantReference();
		PilotView pilot = this.pilots.pilot("nora", grant);
		assertThat(pilot.status()).isEqualTo("RUNNING");
		assertThat(pilot.hostOrganisation()).isEqualTo(HOST);
		assertThat(pilot.needOwners()).contains("nora");
		assertThat(pilot.kickOffBy()).isEqualTo("peter");
		assertThat(pilot.agreementVersion()).isEqualTo(1);
		assertThat(pilot.currentMilestone()).isEqualTo(1);
		PilotView.MilestoneView first = pilot.milestones().get(0);
		assertThat(first.status()).isEqualTo("OPEN");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
		assertThat(first.dueDate()).isAfter(today.plusDays(7)).isBefore(today.plusDays(60));
		String coCreation = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("co-creation")
			.processInstanceBusinessKey(grant)
			.singleResult()
			.getId();
		assertThat(this.managementService.createJobQuery().processInstanceId(coCreation).timers().list()).isNotEmpty()
			.allMatch((timer) -> timer.getDuedate().after(new Date()));
		assertThat(this.pilots.visibleTo("alice")).extracting(PilotView::grantReference).contains(grant);
		assertThat(this.pilots.pilot("alice", grant).actions().submit()).isTrue();
	}

	@Test
	void theContractedCallsAdvanceIsDueByPetersPreparationAndReleasableByPiaOnly() {
		String grant = contractedGrant().grantReference();
		PilotView.PaymentView advance = this.pilots.pilot("pia", grant).payments().get(0);
		assertThat(advance.status()).isEqualTo("DUE");
		assertThat(advance.madeDueBy()).isEqualTo("peter");
		assertThat(advance.releasable()).isTrue();
		assertThat(this.pilots.pilot("peter", grant).payments().get(0).releasable()).isFalse();
		assertThat(this.pilots.pilot("pia", grant).payments().subList(1, 3)).extracting(PilotView.PaymentView::status)
			.containsOnly("PLANNED");
		assertThatThrownBy(() -> this.releasing.release("peter", grant, 1)).isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("Four-eyes");
		assertThat(this.pilots.pilot("pia", grant).payments().get(0).status()).isEqualTo("DUE");
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
					.toList(),
				this.signedGrants.ofCall(CONTRACTED).stream().map(GrantTerms::grantReference).toList(),
				this.pilots.visibleTo("aude")
					.stream()
					.map((pilot) -> pilot.grantReference() + " " + pilot.status())
					.toList());
	}

	private record Seeded(List<String> calls, long processInstances, long tasks, List<String> ranking,
			List<String> signedGrants, List<String> pilots) {
	}

	private GrantTerms contractedGrant() {
		List<GrantTerms> signed = this.signedGrants.ofCall(CONTRACTED);
		assertThat(signed).hasSize(1);
		return signed.get(0);
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
