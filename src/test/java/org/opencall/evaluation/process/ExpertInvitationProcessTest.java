package org.opencall.evaluation.process;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.evaluation.AcceptedExpert;
import org.opencall.evaluation.CallInvitationInput;
import org.opencall.evaluation.CallInvitationView;
import org.opencall.evaluation.CallInvitations;
import org.opencall.evaluation.ExpertPanel;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TaskCompletion;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.evaluation.process.ExpertInvitationProcess.END_ACCEPTED;
import static org.opencall.evaluation.process.ExpertInvitationProcess.END_DECLINED;
import static org.opencall.evaluation.process.ExpertInvitationProcess.END_LAPSED;
import static org.opencall.evaluation.process.ExpertInvitationProcess.EVENT_RESPONSE_DEADLINE;
import static org.opencall.evaluation.process.ExpertInvitationProcess.START;
import static org.opencall.evaluation.process.ExpertInvitationProcess.TASK_ACCEPT_INVITATION;
import static org.opencall.evaluation.process.ExpertInvitationProcess.TASK_RECORD_LAPSE;

/**
 * {@code expert-invitation} with the application: an officer invites a demo expert to a
 * call, the expert accepts or declines as themself, or the deadline passes (the engine
 * clock moved, the timer run explicitly); the domain follows each path.
 */
@OpencallTest
class ExpertInvitationProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallInvitations invitations;

	@Autowired
	ExpertPanel panel;

	@Autowired
	TaskCompletion completion;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void initAssertions() {
		init(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		this.identityService.clearAuthentication();
	}

	@Test
	void theInvitedExpertGetsATaskNamedAfterTheCallWithTheDeadlineAndAcceptsIt() {
		String call = draftedCall();
		CallInvitationView invitation = invite(call, "eva");
		ProcessInstance instance = instanceOf(invitation);

		assertThat(instance).isWaitingAt(TASK_ACCEPT_INVITATION);
		Task task = task(instance);
		assertThat(task).isAssignedTo("eva");
		assertThat(task.getName()).isEqualTo("Accept invitation — Remote monitoring of chronic patients");
		assertThat(this.taskService.getVariablesLocal(task.getId())).containsEntry("callReference", call)
			.containsKey("respondBy");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();

		this.completion.completeAs("eva", task.getId(), Map.of("decision", "accept", "reason", ""));

		assertThat(instance).isEnded().hasPassedInOrder(START, TASK_ACCEPT_INVITATION, END_ACCEPTED);
		assertThat(status(call, "eva")).isEqualTo("ACCEPTED");
		assertThat(this.panel.acceptedExperts(call)).extracting(AcceptedExpert::username).containsExactly("eva");
		AcceptedExpert eva = this.panel.acceptedExpert(call, "eva").orElseThrow();
		assertThat(eva.keywords()).contains("remote monitoring");
		assertThat(eva.email()).isEqualTo("eva@experts.example");
	}

	@Test
	void aDeclineWithoutAReasonIsRefusedAndOneWithAReasonEndsDeclined() {
		String call = draftedCall();
		CallInvitationView invitation = invite(call, "emil");
		ProcessInstance instance = instanceOf(invitation);
		String taskId = task(instance).getId();

		assertThatThrownBy(
				() -> this.completion.completeAs("emil", taskId, Map.of("decision", "decline", "reason", " ")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		assertThat(instance).isWaitingAt(TASK_ACCEPT_INVITATION);
		assertThat(status(call, "emil")).isEqualTo("INVITED");

		this.completion.completeAs("emil", taskId, Map.of("decision", "decline", "reason", "I advise an applicant"));

		assertThat(instance).isEnded().hasPassed(END_DECLINED).hasNotPassed(END_ACCEPTED);
		assertThat(status(call, "emil")).isEqualTo("DECLINED");
		assertThat(this.panel.acceptedExperts(call)).isEmpty();
	}

	@Test
	void nobodyButTheInvitedExpertAnswersTheInvitation() {
		String call = draftedCall();
		ProcessInstance instance = instanceOf(invite(call, "elena"));
		String taskId = task(instance).getId();

		this.identityService.setAuthentication("oscar",
				List.of("programme-officers", "programme-healthchain-founding"));
		assertThatThrownBy(() -> this.taskService.complete(taskId, Map.of("decision", "accept")))
			.as("the engine's authorizations keep the officer out")
			.isInstanceOf(AuthorizationException.class);
		// administrators pass the engine's authorizations; the domain refuses them
		this.identityService.setAuthentication("admin", List.of("admins", "camunda-admin"));
		assertThatThrownBy(() -> this.taskService.complete(taskId, Map.of("decision", "accept")))
			.hasRootCauseInstanceOf(ActionForbiddenException.class);
		this.identityService.clearAuthentication();

		assertThat(instance).isWaitingAt(TASK_ACCEPT_INVITATION);
		assertThat(status(call, "elena")).isEqualTo("INVITED");
	}

	@Test
	void anUnansweredInvitationLapsesAtItsDeadline() {
		String call = draftedCall();
		CallInvitationView invitation = invite(call, "erik");
		ProcessInstance instance = instanceOf(invitation);
		Job deadline = job(instance);
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(invitation.respondBy()));

		ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 1000));
		execute(deadline);

		assertThat(instance).isEnded()
			.hasPassedInOrder(START, EVENT_RESPONSE_DEADLINE, TASK_RECORD_LAPSE, END_LAPSED)
			.hasNotPassed(END_ACCEPTED, END_DECLINED);
		assertThat(status(call, "erik")).isEqualTo("LAPSED");
	}

	@Test
	void theOfficersResponseTimeSetsTheDeadline() {
		String call = draftedCall();
		CallInvitationView invitation = this.invitations
			.invite("olivia", call, new CallInvitationInput(List.of("eva"), 3))
			.get(0);

		assertThat(invitation.respondBy()).isEqualTo(invitation.invitedAt().plus(java.time.Duration.ofDays(3)));
		assertThat(job(instanceOf(invitation)).getDuedate()).isEqualTo(Date.from(invitation.respondBy()));
	}

	private String draftedCall() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		return reference;
	}

	private CallInvitationView invite(String call, String expert) {
		return this.invitations.invite("olivia", call, new CallInvitationInput(List.of(expert), null)).get(0);
	}

	private static ProcessInstance instanceOf(CallInvitationView invitation) {
		return processInstanceQuery().processDefinitionKey(ExpertInvitationProcess.KEY)
			.processInstanceBusinessKey(invitation.id().toString())
			.singleResult();
	}

	private String status(String call, String expert) {
		return this.invitations.experts("olivia", call)
			.invitations()
			.stream()
			.filter((i) -> i.expert().equals(expert))
			.findFirst()
			.orElseThrow()
			.status();
	}

}
