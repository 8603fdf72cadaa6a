package org.opencall.calls.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.calls.CallState;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.calls.CallFixtures.FOUNDING;
import static org.opencall.calls.CallFixtures.newReference;
import static org.opencall.calls.CallFixtures.remoteMonitoring;
import static org.opencall.calls.process.CallLifecycleProcess.END;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_DEADLINE;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_OPENING_TIME;
import static org.opencall.calls.process.CallLifecycleProcess.START;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_CLOSE_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_PUBLISH_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_REVIEW_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_REVISE_CALL;

/**
 * {@code call-lifecycle}: draft, send-back, approval, publication and closing, with the
 * engine clock moved for the timers and jobs run explicitly.
 */
@OpencallTest
class CallLifecycleProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallReview review;

	@Autowired
	CallCatalogue catalogue;

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
	void aCallIsSentBackRevisedApprovedPublishedAtItsOpeningAndClosedAtItsDeadline() {
		String reference = newReference();
		CallView draft = this.drafting.draft("olivia", FOUNDING, reference, remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);

		ProcessInstance instance = instanceOf(reference);
		assertThat(instance).isWaitingAt(TASK_REVIEW_CALL);
		assertThat(task()).hasCandidateGroup("programme-" + FOUNDING);
		assertThat(this.engine.getFormService().getDeployedTaskForm(task().getId())).isNotNull();

		this.review.review("oscar", reference, ReviewDecision.SEND_BACK, "Lower the maximum grant");
		assertThat(instance).isWaitingAt(TASK_REVISE_CALL);
		assertThat(status(reference)).isEqualTo(CallState.SENT_BACK);

		this.drafting.submitForApproval("olivia", reference);
		assertThat(instance).isWaitingAt(TASK_REVIEW_CALL);
		assertThat(this.taskService.getVariables(task().getId())).as("the second review starts afresh")
			.doesNotContainKeys("decision", "comment")
			.containsEntry("callTitle", draft.title())
			.containsKeys("callBudget", "callDeadline", "callCriteria", "callEligibility");

		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);
		assertThat(instance).isWaitingAt(EVENT_OPENING_TIME);
		assertThat(status(reference)).isEqualTo(CallState.SCHEDULED);
		Job opening = job();
		assertThat(opening.getDuedate()).isEqualTo(Date.from(draft.opensAt()));

		moveClockTo(draft.opensAt().plusSeconds(1));
		execute(opening);
		assertThat(instance).isWaitingAt(EVENT_DEADLINE);
		assertThat(status(reference)).isEqualTo(CallState.OPEN);
		Job deadline = job();
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(draft.deadline()));

		moveClockTo(draft.deadline().plusSeconds(1));
		execute(deadline);
		assertThat(instance).isEnded()
			.hasPassedInOrder(START, TASK_REVIEW_CALL, TASK_REVISE_CALL, EVENT_OPENING_TIME, TASK_PUBLISH_CALL,
					EVENT_DEADLINE, TASK_CLOSE_CALL, END);
		assertThat(status(reference)).isEqualTo(CallState.CLOSED);
	}

	@Test
	void theReviewTaskCarriesTheCallsTermsInWordsAsItsOwnVariables() {
		String reference = newReference();
		CallView draft = this.drafting.draft("olivia", FOUNDING, reference, remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		Task review = task(instanceOf(reference));

		Map<String, Object> context = this.taskService.getVariablesLocal(review.getId());
		assertThat(context).containsEntry("callBudget", "€250,000")
			.containsEntry("callMaximumGrant", "€50,000")
			.containsEntry("callEvaluators", String.valueOf(draft.evaluatorsPerSubmission()));
		assertThat((String) context.get("callOpening")).endsWith("(" + draft.timeZone() + ")");
		assertThat((String) context.get("callDeadline")).endsWith("(" + draft.timeZone() + ")");
		assertThat((String) context.get("callCriteria")).contains(draft.criteria().get(0).name() + ": threshold ")
			.contains("Overall threshold: ");
		assertThat((String) context.get("callEligibility")).contains("Technology readiness: TRL " + draft.trlMin());
	}

	@Test
	void completingTheReviewTaskAsTheOfficerWhoPreparedTheCallIsRefusedAndTheTaskStaysOpen() {
		String reference = newReference();
		this.drafting.draft("olivia", FOUNDING, reference, remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		Task review = task(instanceOf(reference));

		this.identityService.setAuthentication("olivia", List.of("programme-officers", "programme-" + FOUNDING));
		assertThatThrownBy(
				() -> this.taskService.complete(review.getId(), Map.of("decision", "approve", "comment", "")))
			.hasRootCauseInstanceOf(ActionForbiddenException.class);
		this.identityService.clearAuthentication();

		assertThat(instanceOf(reference)).isWaitingAt(TASK_REVIEW_CALL);
		assertThat(status(reference)).isEqualTo(CallState.AWAITING_APPROVAL);
	}

	@Test
	void approvalAfterTheOpeningTimeIsRefusedAndTheCallKeepsWaiting() {
		String reference = newReference();
		CallView draft = this.drafting.draft("olivia", FOUNDING, reference, remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);

		moveClockTo(draft.opensAt().plusSeconds(60));
		assertThatThrownBy(() -> this.review.review("oscar", reference, ReviewDecision.APPROVE, null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("opening");
		assertThat(instanceOf(reference)).isWaitingAt(TASK_REVIEW_CALL);
		assertThat(status(reference)).isEqualTo(CallState.AWAITING_APPROVAL);
	}

	private static ProcessInstance instanceOf(String reference) {
		return processInstanceQuery().processInstanceBusinessKey(reference).singleResult();
	}

	private CallState status(String reference) {
		return this.catalogue.officerCall("olivia", reference).status();
	}

	private static void moveClockTo(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

}
