package org.opencall.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.opencall.OpencallTest;
import org.opencall.TestSmtp;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallState;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's closed call, seeded at startup: in evaluation, every eligible proposal with
 * three experts, and eva with conflicts to declare at once. Its own database and engine,
 * so that the seeded call never meets the other tests' data; closed after the class.
 */
@OpencallTest
@TestPropertySource(properties = { "opencall.demo.closed-call=true", "camunda.bpm.process-engine-name=demoClosedCall" })
@DirtiesContext
class DemoClosedCallTest {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	private static final EmbeddedPostgres DATABASE = ownDatabase();

	@Autowired
	CallCatalogue calls;

	@Autowired
	ProposalsToEvaluate proposals;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

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
