package org.opencall.contracting.process;

import java.time.Duration;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.RecordingDelegate.Invocation.completed;
import static org.opencall.RecordingDelegate.Invocation.created;
import static org.opencall.RecordingDelegate.Invocation.executed;
import static org.opencall.contracting.process.ContractingProcess.END_NOT_SIGNED;
import static org.opencall.contracting.process.ContractingProcess.END_REMINDED;
import static org.opencall.contracting.process.ContractingProcess.END_SIGNED;
import static org.opencall.contracting.process.ContractingProcess.EVENT_DEADLINE;
import static org.opencall.contracting.process.ContractingProcess.EVENT_REMINDER;
import static org.opencall.contracting.process.ContractingProcess.GATEWAY_ACCEPTED;
import static org.opencall.contracting.process.ContractingProcess.GATEWAY_APPROVED;
import static org.opencall.contracting.process.ContractingProcess.KEY;
import static org.opencall.contracting.process.ContractingProcess.MESSAGE_ANSWERED;
import static org.opencall.contracting.process.ContractingProcess.START;
import static org.opencall.contracting.process.ContractingProcess.TASK_APPROVE;
import static org.opencall.contracting.process.ContractingProcess.TASK_AWAIT_ACCEPTANCE;
import static org.opencall.contracting.process.ContractingProcess.TASK_OFFER;
import static org.opencall.contracting.process.ContractingProcess.TASK_PREPARE;
import static org.opencall.contracting.process.ContractingProcess.TASK_PROMOTE_RESERVE;
import static org.opencall.contracting.process.ContractingProcess.TASK_REMIND;

/**
 * {@code contracting} alone on the model tests' engine, the application's beans faked:
 * who prepares and approves, how the four-eyes loop and the company's answer route on
 * what the domain says (never on a variable), and when the reminder and the deadline
 * fire.
 */
class ContractingModelTest {

	private static final Instant NOW = Instant.parse("2027-09-01T10:00:00Z");

	private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

	private static final Instant REMINDER = DEADLINE.minus(Duration.ofDays(3));

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeContracting contracting;

	private RecordingDelegate taskNamedAfterItsSubject;

	private RecordingDelegate contextListener;

	private RecordingDelegate prepareListener;

	private RecordingDelegate approveListener;

	private RecordingDelegate offer;

	private RecordingDelegate remind;

	private RecordingDelegate promote;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(ContractingModelTest.class, "bpmn/contracting.bpmn",
				"forms/prepare-grant-agreement.form", "forms/approve-grant-agreement.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.contracting = new FakeContracting();
		Mocks.register("contracting", this.contracting);
		this.taskNamedAfterItsSubject = RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		this.contextListener = RecordingDelegate.registeredAs("contractingTaskContextListener");
		this.prepareListener = RecordingDelegate.registeredAs("prepareGrantAgreementListener");
		this.approveListener = RecordingDelegate.registeredAs("approveGrantAgreementListener");
		RecordingDelegate.registeredAs("secondGrantOfficerListener");
		this.offer = RecordingDelegate.registeredAs("offerAgreementDelegate");
		this.remind = RecordingDelegate.registeredAs("remindCompanyDelegate");
		this.promote = RecordingDelegate.registeredAs("promoteReserveDelegate");
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
	void aSelectedProposalWaitsForAnOfficerOfItsProgrammeToPrepareTheAgreement() {
		ProcessInstance grant = started("healthchain-mirror");

		assertThat(grant).isWaitingAt(TASK_PREPARE);
		assertThat(ModelTestEngine.candidateGroups(task(grant))).containsExactly("programme-healthchain-mirror");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(grant).getId())).isNotNull();
		assertThat(this.taskNamedAfterItsSubject.invocations())
			.containsExactly(created(TASK_PREPARE, grant.getBusinessKey()));
		assertThat(this.contextListener.invocations()).containsExactly(created(TASK_PREPARE, grant.getBusinessKey()));
	}

	@Test
	void aSentBackAgreementReturnsToPreparationWhenTheDomainSaysItIsNotOffered() {
		ProcessInstance grant = started("healthchain-founding");
		String reference = grant.getBusinessKey();

		complete(task(grant));
		assertThat(grant).isWaitingAt(TASK_APPROVE);
		assertThat(ModelTestEngine.candidateGroups(task(grant))).containsExactly("programme-healthchain-founding");
		complete(task(grant), Map.of("decision", "approve", "comment", ""));

		assertThat(grant).isWaitingAt(TASK_PREPARE).hasPassed(GATEWAY_APPROVED);
		assertThat(this.prepareListener.invocations()).containsExactly(completed(TASK_PREPARE, reference));
		assertThat(this.approveListener.invocations()).containsExactly(completed(TASK_APPROVE, reference));
		assertThat(this.offer.invocations()).isEmpty();
	}

	@Test
	void aPreparationTheListenerRefusesLeavesTheTaskOpen() {
		ProcessInstance grant = started("healthchain-founding");
		this.prepareListener.whenNotified((task) -> {
			throw new IllegalStateException("The draft's shares add up to 95 %");
		});
		Task preparation = task(grant);

		assertThatThrownBy(() -> complete(preparation)).hasMessageContaining("95 %");

		assertThat(grant).isWaitingAt(TASK_PREPARE);
		assertThat(task(grant).getId()).isEqualTo(preparation.getId());
	}

	@Test
	void anApprovedAgreementIsOfferedInItsOwnJobAndAwaitsTheCompany() {
		ProcessInstance grant = offered();

		assertThat(this.offer.invocations()).containsExactly(executed(TASK_OFFER, grant.getBusinessKey()));
		assertThat(grant).isWaitingAt(TASK_AWAIT_ACCEPTANCE);
	}

	@Test
	void anAcceptedOfferEndsSigned() {
		ProcessInstance grant = offered();
		this.contracting.signed.add(grant.getBusinessKey());

		runtimeService().createMessageCorrelation(MESSAGE_ANSWERED)
			.processInstanceBusinessKey(grant.getBusinessKey())
			.correlate();

		assertThat(grant).isEnded()
			.hasPassedInOrder(START, TASK_PREPARE, TASK_APPROVE, GATEWAY_APPROVED, TASK_OFFER, TASK_AWAIT_ACCEPTANCE,
					GATEWAY_ACCEPTED, END_SIGNED);
		assertThat(this.promote.invocations()).isEmpty();
	}

	@Test
	void aDeclinedOfferPromotesTheReserveList() {
		ProcessInstance grant = offered();

		runtimeService().createMessageCorrelation(MESSAGE_ANSWERED)
			.processInstanceBusinessKey(grant.getBusinessKey())
			.correlate();
		assertThat(grant).isWaitingAt(TASK_PROMOTE_RESERVE);
		execute(job(grant));

		assertThat(this.promote.invocations()).containsExactly(executed(TASK_PROMOTE_RESERVE, grant.getBusinessKey()));
		assertThat(grant).isEnded().hasPassed(GATEWAY_ACCEPTED, END_NOT_SIGNED).hasNotPassed(END_SIGNED);
	}

	@Test
	void theCompanyIsRemindedBeforeTheDeadlineTheDomainSetAndStillAnswers() {
		ProcessInstance grant = offered();
		Job reminder = timer(grant, EVENT_REMINDER);
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(REMINDER));

		ClockUtil.setCurrentTime(reminder.getDuedate());
		execute(reminder);

		assertThat(this.remind.invocations()).containsExactly(executed(TASK_REMIND, grant.getBusinessKey()));
		assertThat(grant).hasPassed(END_REMINDED).isWaitingAt(TASK_AWAIT_ACCEPTANCE);
		this.contracting.signed.add(grant.getBusinessKey());
		runtimeService().createMessageCorrelation(MESSAGE_ANSWERED)
			.processInstanceBusinessKey(grant.getBusinessKey())
			.correlate();
		assertThat(grant).isEnded().hasPassed(END_SIGNED);
	}

	@Test
	void anOfferNotAnsweredByTheDeadlineLapsesAndPromotesTheReserveList() {
		ProcessInstance grant = offered();
		Job deadline = timer(grant, EVENT_DEADLINE);
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(DEADLINE));

		ClockUtil.setCurrentTime(deadline.getDuedate());
		execute(deadline);
		assertThat(grant).isWaitingAt(TASK_PROMOTE_RESERVE);
		execute(job(grant));

		assertThat(grant).isEnded()
			.hasPassedInOrder(TASK_OFFER, EVENT_DEADLINE, TASK_PROMOTE_RESERVE, END_NOT_SIGNED)
			.hasNotPassed(GATEWAY_ACCEPTED);
		assertThat(this.promote.invocations()).containsExactly(executed(TASK_PROMOTE_RESERVE, grant.getBusinessKey()));
	}

	private ProcessInstance offered() {
		ProcessInstance grant = started("healthchain-founding");
		complete(task(grant));
		this.contracting.offered.add(grant.getBusinessKey());
		complete(task(grant), Map.of("decision", "approve", "comment", ""));
		assertThat(grant).isWaitingAt(TASK_OFFER);
		execute(job(grant));
		return grant;
	}

	private static Job timer(ProcessInstance instance, String activity) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activity)
			.singleResult();
	}

	private ProcessInstance started(String programme) {
		String reference = "GA-S-" + UUID.randomUUID().toString().substring(0, 8);
		this.contracting.programmes.put(reference, programme);
		Map<String, Object> variables = new HashMap<>();
		variables.put("grantReference", reference);
		return runtimeService().startProcessInstanceByKey(KEY, reference, variables);
	}

	/**
	 * Stands in for {@code ${contracting}}: what the domain says of each grant, by its
	 * reference. Public, as the engine's expressions call methods of public classes only.
	 */
	public static class FakeContracting {

		final Map<String, String> programmes = new HashMap<>();

		final Set<String> offered = new HashSet<>();

		final Set<String> signed = new HashSet<>();

		public String officers(DelegateExecution execution) {
			return "programme-" + this.programmes.get(execution.getProcessBusinessKey());
		}

		public boolean isOffered(DelegateExecution execution) {
			return this.offered.contains(execution.getProcessBusinessKey());
		}

		public boolean isSigned(DelegateExecution execution) {
			return this.signed.contains(execution.getProcessBusinessKey());
		}

		public Date reminderAt(DelegateExecution execution) {
			return Date.from(REMINDER);
		}

		public Date acceptanceDeadline(DelegateExecution execution) {
			return Date.from(DEADLINE);
		}

	}

}
