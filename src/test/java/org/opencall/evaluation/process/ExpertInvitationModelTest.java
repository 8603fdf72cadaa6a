package org.opencall.evaluation.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
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
import static org.opencall.evaluation.process.ExpertInvitationProcess.END_ACCEPTED;
import static org.opencall.evaluation.process.ExpertInvitationProcess.END_DECLINED;
import static org.opencall.evaluation.process.ExpertInvitationProcess.END_LAPSED;
import static org.opencall.evaluation.process.ExpertInvitationProcess.EVENT_RESPONSE_DEADLINE;
import static org.opencall.evaluation.process.ExpertInvitationProcess.GATEWAY_ANSWER;
import static org.opencall.evaluation.process.ExpertInvitationProcess.KEY;
import static org.opencall.evaluation.process.ExpertInvitationProcess.START;
import static org.opencall.evaluation.process.ExpertInvitationProcess.TASK_ACCEPT_INVITATION;
import static org.opencall.evaluation.process.ExpertInvitationProcess.TASK_RECORD_LAPSE;

/**
 * {@code expert-invitation} alone on the model tests' engine, the application's beans
 * faked: who the task is for, where the timer takes its date, how the answer routes, and
 * where the listeners and the delegate are called.
 */
class ExpertInvitationModelTest {

	private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

	private static final Instant RESPOND_BY = Instant.parse("2027-03-08T09:00:00Z");

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeExpertInvitation expertInvitation;

	private RecordingDelegate contextListener;

	private RecordingDelegate answerListener;

	private RecordingDelegate recordLapse;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(ExpertInvitationModelTest.class, "bpmn/expert-invitation.bpmn",
				"forms/accept-invitation.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.expertInvitation = new FakeExpertInvitation();
		Mocks.register("expertInvitation", this.expertInvitation);
		this.contextListener = RecordingDelegate.registeredAs("acceptInvitationContextListener");
		this.answerListener = RecordingDelegate.registeredAs("acceptInvitationListener");
		this.recordLapse = RecordingDelegate.registeredAs("recordLapseDelegate");
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
	void theInvitedExpertTheDomainNamesGetsTheTaskNotAUserInTheVariables() {
		String invitation = invitationFor("eva");
		Map<String, Object> variables = new HashMap<>();
		variables.put("expert", "mallory");
		variables.put("assignee", "mallory");
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, invitation, variables);

		assertThat(instance).isWaitingAt(TASK_ACCEPT_INVITATION);
		assertThat(task(instance)).isAssignedTo("eva");
		assertThat(ModelTestEngine.candidateGroups(task(instance))).isEmpty();
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(instance).getId())).isNotNull();
		assertThat(this.contextListener.invocations()).containsExactly(created(TASK_ACCEPT_INVITATION, invitation));
		assertThat(this.expertInvitation.askedAbout).contains(invitation);
	}

	@Test
	void anAcceptedInvitationEndsAccepted() {
		ProcessInstance instance = invited("eva");

		complete(task(instance), Map.of("decision", "accept", "reason", ""));

		assertThat(instance).isEnded()
			.hasPassedInOrder(START, TASK_ACCEPT_INVITATION, GATEWAY_ANSWER, END_ACCEPTED)
			.hasNotPassed(END_DECLINED, TASK_RECORD_LAPSE);
		assertThat(this.answerListener.invocations())
			.containsExactly(completed(TASK_ACCEPT_INVITATION, instance.getBusinessKey()));
	}

	@Test
	void aDeclinedInvitationEndsDeclined() {
		ProcessInstance instance = invited("eva");

		complete(task(instance), Map.of("decision", "decline", "reason", "Conflict with an applicant"));

		assertThat(instance).isEnded().hasPassed(END_DECLINED).hasNotPassed(END_ACCEPTED, TASK_RECORD_LAPSE);
	}

	@Test
	void theDeadlineTimerReadsTheDomainsDateAndLapsesTheInvitation() {
		ProcessInstance instance = invited("eva");
		Job deadline = job(instance);
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(RESPOND_BY));

		ClockUtil.setCurrentTime(deadline.getDuedate());
		execute(deadline);

		assertThat(instance).isEnded()
			.hasPassedInOrder(START, EVENT_RESPONSE_DEADLINE, TASK_RECORD_LAPSE, END_LAPSED)
			.hasNotPassed(GATEWAY_ANSWER);
		assertThat(this.recordLapse.invocations())
			.containsExactly(executed(TASK_RECORD_LAPSE, instance.getBusinessKey()));
		assertThat(this.answerListener.invocations()).isEmpty();
	}

	@Test
	void anAnswerTheListenerRefusesLeavesTheTaskAndTheTimerInPlace() {
		ProcessInstance instance = invited("eva");
		this.answerListener.whenNotified((task) -> {
			throw new IllegalStateException("reason: is required when you decline");
		});
		Task accept = task(instance);

		assertThatThrownBy(() -> complete(accept, Map.of("decision", "decline", "reason", "")))
			.hasMessageContaining("reason");

		assertThat(instance).isWaitingAt(TASK_ACCEPT_INVITATION);
		assertThat(task(instance).getId()).isEqualTo(accept.getId());
		assertThat(job(instance)).isNotNull();
	}

	private ProcessInstance invited(String expert) {
		return runtimeService().startProcessInstanceByKey(KEY, invitationFor(expert),
				Map.of("callReference", "HC-2027-01", "callTitle", "Remote monitoring"));
	}

	private String invitationFor(String expert) {
		String invitation = UUID.randomUUID().toString();
		this.expertInvitation.experts.put(invitation, expert);
		return invitation;
	}

	/**
	 * Stands in for {@code ${expertInvitation}}: the expert and the deadline of each
	 * invitation, by its id (the business key). Public, as the engine's expressions call
	 * methods of public classes only.
	 */
	public static class FakeExpertInvitation {

		final Map<String, String> experts = new HashMap<>();

		final List<String> askedAbout = new ArrayList<>();

		public String expert(DelegateExecution execution) {
			this.askedAbout.add(execution.getProcessBusinessKey());
			return this.experts.get(execution.getProcessBusinessKey());
		}

		public Date respondBy(DelegateExecution execution) {
			this.askedAbout.add(execution.getProcessBusinessKey());
			return Date.from(RESPOND_BY);
		}

	}

}
