package org.opencall.needs.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.opencall.ModelConventions;
import org.opencall.ModelTestEngine;
import org.opencall.RecordingDelegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.RecordingDelegate.Invocation.completed;
import static org.opencall.RecordingDelegate.Invocation.created;
import static org.opencall.RecordingDelegate.Invocation.executed;
import static org.opencall.needs.process.NeedsIdentificationProcess.END_MERGED;
import static org.opencall.needs.process.NeedsIdentificationProcess.END_REJECTED;
import static org.opencall.needs.process.NeedsIdentificationProcess.END_VALIDATED;
import static org.opencall.needs.process.NeedsIdentificationProcess.EVENT_CLARIFICATION_ESCALATION;
import static org.opencall.needs.process.NeedsIdentificationProcess.EVENT_CLARIFICATION_REMINDER;
import static org.opencall.needs.process.NeedsIdentificationProcess.GATEWAY_TRIAGE_DECISION;
import static org.opencall.needs.process.NeedsIdentificationProcess.GATEWAY_TRIAGE_ROUND;
import static org.opencall.needs.process.NeedsIdentificationProcess.KEY;
import static org.opencall.needs.process.NeedsIdentificationProcess.START;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_ANSWER_CLARIFICATION;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_ESCALATE_TO_OFFICER;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_REMIND_NEED_OWNER;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_TRIAGE_NEED;
import static org.opencall.needs.process.NeedsIdentificationProcess.VAR_ANSWER;
import static org.opencall.needs.process.NeedsIdentificationProcess.VAR_DECISION;
import static org.opencall.needs.process.NeedsIdentificationProcess.VAR_QUESTION;
import static org.opencall.needs.process.NeedsIdentificationProcess.VAR_REFERENCE;
import static org.opencall.needs.process.NeedsIdentificationProcess.VAR_TITLE;

/**
 * {@code needs-identification} alone on the model tests' engine, with fakes for the
 * application's beans: every triage decision, and the question to the need owner with its
 * reminder and escalation timers, whose durations come from the settings bean.
 */
class NeedsIdentificationModelTest {

	private static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");

	/**
	 * Other than the application's defaults, so that a test sees the bean's values used.
	 */
	private static final Duration REMINDER = Duration.ofDays(3);

	private static final Duration ESCALATION = Duration.ofDays(5);

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeNeedsIdentification needsIdentification;

	private RecordingDelegate taskNamedAfterItsSubject;

	private RecordingDelegate triageNeedListener;

	private RecordingDelegate answerClarificationListener;

	private RecordingDelegate remindNeedOwnerDelegate;

	private RecordingDelegate escalateToOfficerDelegate;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(NeedsIdentificationModelTest.class, "bpmn/needs-identification.bpmn",
				"forms/triage-need.form", "forms/answer-clarification.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.needsIdentification = new FakeNeedsIdentification(REMINDER.toString(), ESCALATION.toString());
		Mocks.register("needsIdentification", this.needsIdentification);
		this.taskNamedAfterItsSubject = RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		this.triageNeedListener = RecordingDelegate.registeredAs("triageNeedListener");
		this.answerClarificationListener = RecordingDelegate.registeredAs("answerClarificationListener");
		this.remindNeedOwnerDelegate = RecordingDelegate.registeredAs("remindNeedOwnerDelegate");
		this.escalateToOfficerDelegate = RecordingDelegate.registeredAs("escalateToOfficerDelegate");
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
	void aSubmittedNeedWaitsForTriageByTheProgrammeOfficers() {
		ProcessInstance need = submitted(needOf("nora"));

		assertThat(need).isWaitingAt(TASK_TRIAGE_NEED);
		assertThat(ModelTestEngine.candidateGroups(task(need))).containsExactly("programme-officers");
		assertThat(task(need)).isNotAssigned();
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(need).getId())).isNotNull();
		assertThat(this.taskNamedAfterItsSubject.invocations())
			.containsExactly(created(TASK_TRIAGE_NEED, need.getBusinessKey()));
	}

	@ParameterizedTest
	@CsvSource({ "validate, " + END_VALIDATED, "reject, " + END_REJECTED, "duplicate, " + END_MERGED })
	void eachTriageDecisionEndsTheNeedsInstanceAtItsOwnEnd(String decision, String end) {
		ProcessInstance need = submitted(needOf("nora"));

		complete(task(need), Map.of(VAR_DECISION, decision));

		assertThat(need).isEnded().hasPassedInOrder(START, TASK_TRIAGE_NEED, GATEWAY_TRIAGE_DECISION, end);
		assertThat(this.triageNeedListener.invocations())
			.containsExactly(completed(TASK_TRIAGE_NEED, need.getBusinessKey()));
	}

	@Test
	void aQuestionGoesToTheNeedsOwnerWhoIsRemindedThenTheOfficerIsToldAndTheAnswerGoesBackToTriage() {
		ProcessInstance need = submitted(needOf("nora"));
		String reference = need.getBusinessKey();

		complete(task(need), Map.of(VAR_DECISION, "clarify", VAR_QUESTION, "How many patients a night?"));
		assertThat(need).isWaitingAt(TASK_ANSWER_CLARIFICATION);
		assertThat(task(need)).isAssignedTo("nora");
		assertThat(ModelTestEngine.candidateGroups(task(need))).isEmpty();
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(need).getId())).isNotNull();
		assertThat(timer(need, EVENT_CLARIFICATION_REMINDER).getDuedate()).isEqualTo(Date.from(NOW.plus(REMINDER)));
		assertThat(timer(need, EVENT_CLARIFICATION_ESCALATION).getDuedate()).isEqualTo(Date.from(NOW.plus(ESCALATION)));

		fire(timer(need, EVENT_CLARIFICATION_REMINDER));
		assertThat(this.remindNeedOwnerDelegate.invocations())
			.containsExactly(executed(TASK_REMIND_NEED_OWNER, reference));
		assertThat(need).isWaitingAt(TASK_ANSWER_CLARIFICATION);
		assertThat(this.escalateToOfficerDelegate.invocations()).isEmpty();

		fire(timer(need, EVENT_CLARIFICATION_ESCALATION));
		assertThat(this.escalateToOfficerDelegate.invocations())
			.containsExactly(executed(TASK_ESCALATE_TO_OFFICER, reference));
		assertThat(need).isWaitingAt(TASK_ANSWER_CLARIFICATION);
		assertThat(jobQuery().processInstanceId(need.getId()).count()).isZero();

		complete(task(need), Map.of(VAR_ANSWER, "About twelve"));
		assertThat(this.answerClarificationListener.invocations())
			.containsExactly(completed(TASK_ANSWER_CLARIFICATION, reference));
		assertThat(need).isWaitingAt(TASK_TRIAGE_NEED);

		complete(task(need), Map.of(VAR_DECISION, "validate"));
		assertThat(need).isEnded()
			.hasPassedInOrder(START, GATEWAY_TRIAGE_ROUND, TASK_TRIAGE_NEED, EVENT_CLARIFICATION_REMINDER,
					TASK_REMIND_NEED_OWNER, EVENT_CLARIFICATION_ESCALATION, TASK_ESCALATE_TO_OFFICER, END_VALIDATED);
		assertThat(this.taskNamedAfterItsSubject.invocations()).containsExactly(created(TASK_TRIAGE_NEED, reference),
				created(TASK_ANSWER_CLARIFICATION, reference), created(TASK_TRIAGE_NEED, reference));
	}

	@Test
	void anAnswerBeforeTheReminderCancelsTheReminderAndTheEscalation() {
		ProcessInstance need = submitted(needOf("nora"));
		complete(task(need), Map.of(VAR_DECISION, "clarify", VAR_QUESTION, "Which wards?"));
		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(1))));

		complete(task(need), Map.of(VAR_ANSWER, "Geriatrics and cardiology"));

		assertThat(need).isWaitingAt(TASK_TRIAGE_NEED);
		assertThat(jobQuery().processInstanceId(need.getId()).count()).isZero();
		assertThat(this.remindNeedOwnerDelegate.invocations()).isEmpty();
		assertThat(this.escalateToOfficerDelegate.invocations()).isEmpty();
	}

	@Test
	void aSecondQuestionStartsItsOwnReminderFromWhenItIsAsked() {
		ProcessInstance need = submitted(needOf("nora"));
		complete(task(need), Map.of(VAR_DECISION, "clarify", VAR_QUESTION, "Which wards?"));
		complete(task(need), Map.of(VAR_ANSWER, "Geriatrics"));
		Instant later = NOW.plus(Duration.ofDays(10));
		ClockUtil.setCurrentTime(Date.from(later));

		complete(task(need), Map.of(VAR_DECISION, "clarify", VAR_QUESTION, "And at night?"));

		assertThat(timer(need, EVENT_CLARIFICATION_REMINDER).getDuedate()).isEqualTo(Date.from(later.plus(REMINDER)));
		assertThat(timer(need, EVENT_CLARIFICATION_ESCALATION).getDuedate())
			.isEqualTo(Date.from(later.plus(ESCALATION)));
	}

	@Test
	void theQuestionIsForTheOwnerTheDomainNamesNotOneInTheVariables() {
		String reference = needOf("nora");
		Map<String, Object> variables = labels(reference);
		variables.put("owner", "mallory");
		variables.put("assignee", "mallory");
		ProcessInstance need = runtimeService().startProcessInstanceByKey(KEY, reference, variables);

		complete(task(need), Map.of(VAR_DECISION, "clarify", VAR_QUESTION, "Which wards?"));

		assertThat(task(need)).isAssignedTo("nora");
	}

	@Test
	void aDecisionTheModelDoesNotKnowIsRefusedAndTheTriageStaysOpen() {
		ProcessInstance need = submitted(needOf("nora"));
		Task triage = task(need);

		assertThatThrownBy(() -> complete(triage, Map.of(VAR_DECISION, "postpone")))
			.hasMessageContaining(GATEWAY_TRIAGE_DECISION);

		assertThat(need).isWaitingAt(TASK_TRIAGE_NEED);
		assertThat(task(need).getId()).isEqualTo(triage.getId());
	}

	/** A new need of this owner, as the fake domain knows it; its reference. */
	private String needOf(String owner) {
		String reference = "N-" + UUID.randomUUID().toString().substring(0, 8);
		this.needsIdentification.owners.put(reference, owner);
		return reference;
	}

	/** The need's instance, started as Opencall starts it when the need is submitted. */
	private ProcessInstance submitted(String reference) {
		return runtimeService().startProcessInstanceByKey(KEY, reference, labels(reference));
	}

	private static Map<String, Object> labels(String reference) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_REFERENCE, reference);
		variables.put(VAR_TITLE, "Falls at night " + reference);
		return variables;
	}

	private static Job timer(ProcessInstance instance, String event) {
		return jobQuery().processInstanceId(instance.getId()).activityId(event).timers().singleResult();
	}

	/** Moves the engine clock to the timer's due date and runs it. */
	private static void fire(Job timer) {
		ClockUtil.setCurrentTime(timer.getDuedate());
		execute(timer);
	}

	/**
	 * Stands in for {@code ${needsIdentification}}: each need's owner by its reference
	 * (the business key) and the reminder and escalation durations of the settings.
	 * Public, as the engine's expressions call methods of public classes only.
	 */
	public static class FakeNeedsIdentification {

		final Map<String, String> owners = new HashMap<>();

		private final String reminderAfter;

		private final String escalationAfter;

		FakeNeedsIdentification(String reminderAfter, String escalationAfter) {
			this.reminderAfter = reminderAfter;
			this.escalationAfter = escalationAfter;
		}

		public String owner(DelegateExecution execution) {
			return this.owners.get(execution.getProcessBusinessKey());
		}

		public String reminderAfter() {
			return this.reminderAfter;
		}

		public String escalationAfter() {
			return this.escalationAfter;
		}

	}

}
