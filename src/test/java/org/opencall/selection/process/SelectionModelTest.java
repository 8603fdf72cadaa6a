package org.opencall.selection.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.ModelConventions;
import org.opencall.ModelTestEngine;
import org.opencall.RecordingDelegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.RecordingDelegate.Invocation.completed;
import static org.opencall.RecordingDelegate.Invocation.created;
import static org.opencall.RecordingDelegate.Invocation.executed;
import static org.opencall.selection.process.SelectionProcess.END;
import static org.opencall.selection.process.SelectionProcess.EVENT_REDRESS_WINDOW_CLOSES;
import static org.opencall.selection.process.SelectionProcess.GATEWAY_APPROVED;
import static org.opencall.selection.process.SelectionProcess.KEY;
import static org.opencall.selection.process.SelectionProcess.START;
import static org.opencall.selection.process.SelectionProcess.TASK_APPROVE;
import static org.opencall.selection.process.SelectionProcess.TASK_PROPOSE;
import static org.opencall.selection.process.SelectionProcess.TASK_REPORT_DECISION;
import static org.opencall.selection.process.SelectionProcess.TASK_SEND_RESULT_LETTERS;

/**
 * {@code selection} alone on the model tests' engine, the application's beans faked: who
 * gets which task, how the four-eyes loop routes on what the domain says (never on a
 * variable), how letters go out in batches, and when the redress window closes.
 */
class SelectionModelTest {

	private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");

	private static final Instant REDRESS_DEADLINE = Instant.parse("2027-07-01T10:00:00Z");

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeSelection selection;

	private RecordingDelegate taskNamedAfterItsSubject;

	private RecordingDelegate contextListener;

	private RecordingDelegate proposeListener;

	private RecordingDelegate approveListener;

	private RecordingDelegate sendLetters;

	private RecordingDelegate reportDecision;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(SelectionModelTest.class, "bpmn/selection.bpmn",
				"forms/propose-funding-decision.form", "forms/approve-funding-decision.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.selection = new FakeSelection();
		Mocks.register("selection", this.selection);
		this.taskNamedAfterItsSubject = RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		this.contextListener = RecordingDelegate.registeredAs("selectionTaskContextListener");
		this.proposeListener = RecordingDelegate.registeredAs("proposeFundingDecisionListener");
		this.approveListener = RecordingDelegate.registeredAs("approveFundingDecisionListener");
		RecordingDelegate.registeredAs("secondOfficerListener");
		this.sendLetters = RecordingDelegate.registeredAs("sendResultLettersDelegate");
		this.reportDecision = RecordingDelegate.registeredAs("reportDecisionDelegate");
	}

	@AfterEach
	void resetClockBeansAndAssertions() {
		ClockUtil.reset();
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void theModelStartsOnlyFromOpencallAndGivesEveryTaskAFormAndItsPeople() {
		ModelConventions.assertFollowed(this.engine, KEY);
	}

	@Test
	void anEvaluatedCallWaitsForAnOfficerOfItsProgrammeToProposeTheDecision() {
		ProcessInstance call = started("healthchain-mirror");

		assertThat(call).isWaitingAt(TASK_PROPOSE);
		assertThat(ModelTestEngine.candidateGroups(task(call))).containsExactly("programme-healthchain-mirror");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(call).getId())).isNotNull();
		assertThat(this.taskNamedAfterItsSubject.invocations())
			.containsExactly(created(TASK_PROPOSE, call.getBusinessKey()));
		assertThat(this.contextListener.invocations()).containsExactly(created(TASK_PROPOSE, call.getBusinessKey()));
	}

	@Test
	void aProposedDecisionGoesToASecondOfficerAndBackToThePanelWhenTheDomainSaysItIsNotDecided() {
		ProcessInstance call = started("healthchain-founding");
		String reference = call.getBusinessKey();

		complete(task(call), Map.of("comment", "Ex aequo at rank 3 discussed"));
		assertThat(call).isWaitingAt(TASK_APPROVE);
		assertThat(ModelTestEngine.candidateGroups(task(call))).containsExactly("programme-healthchain-founding");

		complete(task(call), Map.of("decision", "approve", "comment", ""));
		assertThat(call).isWaitingAt(TASK_PROPOSE).hasPassed(GATEWAY_APPROVED);
		assertThat(this.proposeListener.invocations()).containsExactly(completed(TASK_PROPOSE, reference));
		assertThat(this.approveListener.invocations()).containsExactly(completed(TASK_APPROVE, reference));
		assertThat(this.sendLetters.invocations()).isEmpty();
	}

	@Test
	void anApprovedDecisionSendsTheLettersInBatchesEachItsOwnJobThenReportsTheDecision() {
		ProcessInstance call = started("healthchain-founding");
		String reference = call.getBusinessKey();
		this.selection.lettersLeft.put(reference, 2);
		this.sendLetters.whenExecuted((execution) -> this.selection.lettersLeft.merge(reference, -1, Integer::sum));
		complete(task(call), Map.of("comment", ""));
		this.selection.decided.add(reference);
		complete(task(call), Map.of("decision", "approve", "comment", ""));

		assertThat(call).isWaitingAt(TASK_SEND_RESULT_LETTERS);
		execute(job(call));
		assertThat(call).isWaitingAt(TASK_SEND_RESULT_LETTERS);
		assertThat(this.reportDecision.invocations()).isEmpty();
		execute(job(call));

		assertThat(this.sendLetters.invocations()).containsExactly(executed(TASK_SEND_RESULT_LETTERS, reference),
				executed(TASK_SEND_RESULT_LETTERS, reference));
		assertThat(this.reportDecision.invocations()).containsExactly(executed(TASK_REPORT_DECISION, reference));
		assertThat(call).isWaitingAt(EVENT_REDRESS_WINDOW_CLOSES);
	}

	@Test
	void theSelectionEndsWhenTheRedressWindowTheDomainSetClosesNotBefore() {
		ProcessInstance call = started("healthchain-founding");
		String reference = call.getBusinessKey();
		complete(task(call), Map.of("comment", ""));
		this.selection.decided.add(reference);
		complete(task(call), Map.of("decision", "approve", "comment", ""));
		execute(job(call));

		Job window = job(call);
		assertThat(window.getDuedate()).isEqualTo(Date.from(REDRESS_DEADLINE));
		ClockUtil.setCurrentTime(window.getDuedate());
		execute(window);

		assertThat(call).isEnded()
			.hasPassedInOrder(START, TASK_PROPOSE, TASK_APPROVE, GATEWAY_APPROVED, TASK_SEND_RESULT_LETTERS,
					TASK_REPORT_DECISION, EVENT_REDRESS_WINDOW_CLOSES, END);
	}

	@Test
	void anApprovalTheListenerRefusesLeavesTheTaskOpen() {
		ProcessInstance call = started("healthchain-founding");
		complete(task(call), Map.of("comment", ""));
		this.approveListener.whenNotified((task) -> {
			throw new IllegalStateException("Four-eyes rule: the proposer cannot approve");
		});
		Task approval = task(call);

		assertThatThrownBy(() -> complete(approval, Map.of("decision", "approve", "comment", "")))
			.hasMessageContaining("Four-eyes");

		assertThat(call).isWaitingAt(TASK_APPROVE);
		assertThat(task(call).getId()).isEqualTo(approval.getId());
	}

	private ProcessInstance started(String programme) {
		String reference = "HC-" + UUID.randomUUID().toString().substring(0, 8);
		this.selection.programmes.put(reference, programme);
		Map<String, Object> variables = new HashMap<>();
		variables.put("callReference", reference);
		return runtimeService().startProcessInstanceByKey(KEY, reference, variables);
	}

	/**
	 * Stands in for {@code ${selection}}: what the domain says of each call, by its
	 * reference. Public, as the engine's expressions call methods of public classes only.
	 */
	public static class FakeSelection {

		final Map<String, String> programmes = new HashMap<>();

		final Set<String> decided = new HashSet<>();

		final Map<String, Integer> lettersLeft = new HashMap<>();

		public String officers(DelegateExecution execution) {
			return "programme-" + this.programmes.get(execution.getProcessBusinessKey());
		}

		public boolean isDecided(DelegateExecution execution) {
			return this.decided.contains(execution.getProcessBusinessKey());
		}

		public int lettersToSend(DelegateExecution execution) {
			return this.lettersLeft.getOrDefault(execution.getProcessBusinessKey(), 0);
		}

		public Date redressDeadline(DelegateExecution execution) {
			return Date.from(REDRESS_DEADLINE);
		}

	}

}
