package org.opencall.calls.process;

import java.time.Duration;
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
import static org.opencall.calls.process.CallLifecycleProcess.END;
import static org.opencall.calls.process.CallLifecycleProcess.END_SELECTION_DECIDED;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_EVALUATIONS_DONE;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_SELECTION_DECIDED;
import static org.opencall.calls.process.CallLifecycleProcess.GATEWAY_ANY_ELIGIBLE;
import static org.opencall.calls.process.CallLifecycleProcess.GATEWAY_EVALUATIONS_PENDING;
import static org.opencall.calls.process.CallLifecycleProcess.MESSAGE_EVALUATIONS_DONE;
import static org.opencall.calls.process.CallLifecycleProcess.MESSAGE_SELECTION_DECIDED;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_ASSIGN_EXPERTS;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_HAND_OVER_TO_SELECTION;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_DEADLINE;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_ELIGIBILITY_CHECKS_DONE;
import static org.opencall.calls.process.CallLifecycleProcess.EVENT_OPENING_TIME;
import static org.opencall.calls.process.CallLifecycleProcess.GATEWAY_APPROVED;
import static org.opencall.calls.process.CallLifecycleProcess.GATEWAY_CHECKS_PENDING;
import static org.opencall.calls.process.CallLifecycleProcess.GATEWAY_REVIEW_ROUND;
import static org.opencall.calls.process.CallLifecycleProcess.KEY;
import static org.opencall.calls.process.CallLifecycleProcess.MESSAGE_ELIGIBILITY_CHECKS_DONE;
import static org.opencall.calls.process.CallLifecycleProcess.START;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_CLOSE_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_PUBLISH_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_REVIEW_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.TASK_REVISE_CALL;
import static org.opencall.calls.process.CallLifecycleProcess.VAR_COMMENT;
import static org.opencall.calls.process.CallLifecycleProcess.VAR_DECISION;
import static org.opencall.calls.process.CallLifecycleProcess.VAR_PENDING_ELIGIBILITY_CHECKS;
import static org.opencall.calls.process.CallLifecycleProcess.VAR_REFERENCE;
import static org.opencall.calls.process.CallLifecycleProcess.VAR_TITLE;

/**
 * {@code call-lifecycle} alone on the model tests' engine: the application's beans are
 * fakes, so these tests check the model — which task comes when and for whom, where the
 * timers take their dates, how the gateways route, which message ends the wait and where
 * the listeners and delegates are called.
 */
class CallLifecycleModelTest {

	private static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");

	private static final Instant OPENING = Instant.parse("2027-02-01T09:00:00Z");

	private static final Instant DEADLINE = Instant.parse("2027-04-01T16:00:00Z");

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeCallLifecycle callLifecycle;

	private RecordingDelegate taskNamedAfterItsSubject;

	private RecordingDelegate reviewCallListener;

	private RecordingDelegate reviewCallContextListener;

	private RecordingDelegate resubmitCallListener;

	private RecordingDelegate publishCallDelegate;

	private RecordingDelegate closeCallDelegate;

	private RecordingDelegate assignExpertsListener;

	private RecordingDelegate handOverToSelectionDelegate;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(CallLifecycleModelTest.class, "bpmn/call-lifecycle.bpmn",
				"forms/review-call.form", "forms/revise-call.form", "forms/assign-experts.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.callLifecycle = new FakeCallLifecycle();
		Mocks.register("callLifecycle", this.callLifecycle);
		this.taskNamedAfterItsSubject = RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		this.reviewCallListener = RecordingDelegate.registeredAs("reviewCallListener");
		this.reviewCallContextListener = RecordingDelegate.registeredAs("reviewCallContextListener");
		this.resubmitCallListener = RecordingDelegate.registeredAs("resubmitCallListener");
		this.publishCallDelegate = RecordingDelegate.registeredAs("publishCallDelegate");
		this.closeCallDelegate = RecordingDelegate.registeredAs("closeCallDelegate")
			.whenExecuted((execution) -> execution.setVariable(VAR_PENDING_ELIGIBILITY_CHECKS, 0));
		this.assignExpertsListener = RecordingDelegate.registeredAs("assignExpertsListener");
		this.handOverToSelectionDelegate = RecordingDelegate.registeredAs("handOverToSelectionDelegate");
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
	void aSubmittedCallWaitsForReviewByTheOfficersOfItsProgramme() {
		ProcessInstance call = submitted(callOf("healthchain-founding"));

		assertThat(call).isWaitingAt(TASK_REVIEW_CALL);
		assertThat(ModelTestEngine.candidateGroups(task(call))).containsExactly("programme-healthchain-founding");
		assertThat(task(call)).isNotAssigned();
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(call).getId())).isNotNull();
		assertThat(this.taskNamedAfterItsSubject.invocations())
			.containsExactly(created(TASK_REVIEW_CALL, call.getBusinessKey()));
	}

	@Test
	void theReviewersAreTheOfficersTheDomainNamesNotAGroupInTheVariables() {
		String reference = callOf("healthchain-mirror");
		Map<String, Object> variables = labels(reference);
		variables.put("programme", "healthchain-founding");
		variables.put("candidateGroups", "programme-officers");
		ProcessInstance call = runtimeService().startProcessInstanceByKey(KEY, reference, variables);

		assertThat(ModelTestEngine.candidateGroups(task(call))).containsExactly("programme-healthchain-mirror");
		assertThat(this.callLifecycle.askedAbout).contains(reference);
	}

	@Test
	void aCallSentBackIsRevisedByItsOfficersAndGoesToReviewAgainWithItsTermsReadAfresh() {
		ProcessInstance call = submitted(callOf("healthchain-founding"));

		complete(task(call), Map.of(VAR_DECISION, "sendBack", VAR_COMMENT, "Lower the maximum grant"));
		assertThat(call).isWaitingAt(TASK_REVISE_CALL);
		assertThat(ModelTestEngine.candidateGroups(task(call))).containsExactly("programme-healthchain-founding");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(call).getId())).isNotNull();

		complete(task(call));
		assertThat(call).isWaitingAt(TASK_REVIEW_CALL).hasPassed(GATEWAY_APPROVED, GATEWAY_REVIEW_ROUND);
		String reference = call.getBusinessKey();
		assertThat(this.reviewCallListener.invocations()).containsExactly(completed(TASK_REVIEW_CALL, reference));
		assertThat(this.resubmitCallListener.invocations()).containsExactly(completed(TASK_REVISE_CALL, reference));
		assertThat(this.taskNamedAfterItsSubject.invocations()).containsExactly(created(TASK_REVIEW_CALL, reference),
				created(TASK_REVISE_CALL, reference), created(TASK_REVIEW_CALL, reference));
		assertThat(this.reviewCallContextListener.invocations()).containsExactly(created(TASK_REVIEW_CALL, reference),
				created(TASK_REVIEW_CALL, reference));
		assertThat(this.publishCallDelegate.invocations()).isEmpty();
	}

	@Test
	void anApprovedCallIsPublishedAtItsOpeningAndClosedAtItsDeadlineAsTheDomainDates() {
		ProcessInstance call = submitted(callOf("healthchain-founding"));
		String reference = call.getBusinessKey();

		complete(task(call), Map.of(VAR_DECISION, "approve", VAR_COMMENT, ""));
		assertThat(call).isWaitingAt(EVENT_OPENING_TIME);
		Job opening = job(call);
		assertThat(opening.getDuedate()).isEqualTo(Date.from(OPENING));
		assertThat(this.publishCallDelegate.invocations()).isEmpty();

		fire(opening);
		assertThat(this.publishCallDelegate.invocations()).containsExactly(executed(TASK_PUBLISH_CALL, reference));
		assertThat(call).isWaitingAt(EVENT_DEADLINE);
		Job deadline = job(call);
		assertThat(deadline.getDuedate()).isEqualTo(Date.from(DEADLINE));
		assertThat(this.closeCallDelegate.invocations()).isEmpty();

		fire(deadline);
		assertThat(this.closeCallDelegate.invocations()).containsExactly(executed(TASK_CLOSE_CALL, reference));
		assertThat(call).isEnded()
			.hasPassedInOrder(START, TASK_REVIEW_CALL, GATEWAY_APPROVED, EVENT_OPENING_TIME, TASK_PUBLISH_CALL,
					EVENT_DEADLINE, TASK_CLOSE_CALL, GATEWAY_CHECKS_PENDING, END)
			.hasNotPassed(TASK_REVISE_CALL, EVENT_ELIGIBILITY_CHECKS_DONE);
	}

	@Test
	void theOpeningTimerReadsTheDateWhenTheCallIsApprovedSoARevisedOpeningCounts() {
		ProcessInstance call = submitted(callOf("healthchain-founding"));
		complete(task(call), Map.of(VAR_DECISION, "sendBack", VAR_COMMENT, "Open a week later"));
		Instant revisedOpening = OPENING.plus(Duration.ofDays(7));
		this.callLifecycle.openings.put(call.getBusinessKey(), revisedOpening);
		complete(task(call));

		complete(task(call), Map.of(VAR_DECISION, "approve", VAR_COMMENT, ""));
		assertThat(job(call).getDuedate()).isEqualTo(Date.from(revisedOpening));
	}

	@Test
	void aClosedCallWithPendingEligibilityChecksWaitsUntilTheMessageForItsOwnReference() {
		this.closeCallDelegate.whenExecuted((execution) -> execution.setVariable(VAR_PENDING_ELIGIBILITY_CHECKS, 2));
		ProcessInstance call = closed(callOf("healthchain-founding"));
		ProcessInstance otherCall = closed(callOf("healthchain-founding"));
		assertThat(call).isWaitingAt(EVENT_ELIGIBILITY_CHECKS_DONE);
		assertThat(otherCall).isWaitingAt(EVENT_ELIGIBILITY_CHECKS_DONE);

		runtimeService().createMessageCorrelation(MESSAGE_ELIGIBILITY_CHECKS_DONE)
			.processInstanceBusinessKey(call.getBusinessKey())
			.correlateAll();

		assertThat(call).isEnded().hasPassedInOrder(TASK_CLOSE_CALL, EVENT_ELIGIBILITY_CHECKS_DONE, END);
		assertThat(otherCall).isWaitingAt(EVENT_ELIGIBILITY_CHECKS_DONE);
	}

	@Test
	void aClosedCallWithEligibleProposalsWaitsForItsOfficersToAssignExperts() {
		String reference = callOf("healthchain-mirror");
		this.callLifecycle.eligible.put(reference, 4);
		ProcessInstance call = closed(reference);

		assertThat(call).isWaitingAt(TASK_ASSIGN_EXPERTS).hasPassed(GATEWAY_ANY_ELIGIBLE).hasNotPassed(END);
		assertThat(ModelTestEngine.candidateGroups(task(call))).containsExactly("programme-healthchain-mirror");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(call).getId())).isNotNull();
		assertThat(this.taskNamedAfterItsSubject.invocations()).contains(created(TASK_ASSIGN_EXPERTS, reference));
	}

	@Test
	void theConfirmedAssignmentWaitsForEveryEvaluationThenHandsTheCallToSelection() {
		String reference = callOf("healthchain-founding");
		this.callLifecycle.eligible.put(reference, 4);
		ProcessInstance call = closed(reference);
		ProcessInstance otherCall = closed(withEligible(callOf("healthchain-founding")));
		this.callLifecycle.unfinished.put(reference, 4);
		this.callLifecycle.unfinished.put(otherCall.getBusinessKey(), 4);
		complete(task(call));
		complete(task(otherCall));
		assertThat(this.assignExpertsListener.invocations()).contains(completed(TASK_ASSIGN_EXPERTS, reference));
		assertThat(call).isWaitingAt(EVENT_EVALUATIONS_DONE);

		this.callLifecycle.unfinished.put(reference, 0);
		runtimeService().createMessageCorrelation(MESSAGE_EVALUATIONS_DONE)
			.processInstanceBusinessKey(reference)
			.correlateAll();

		assertThat(this.handOverToSelectionDelegate.invocations())
			.containsExactly(executed(TASK_HAND_OVER_TO_SELECTION, reference));
		assertThat(call).isWaitingAt(EVENT_SELECTION_DECIDED)
			.hasPassedInOrder(TASK_ASSIGN_EXPERTS, GATEWAY_EVALUATIONS_PENDING, EVENT_EVALUATIONS_DONE,
					TASK_HAND_OVER_TO_SELECTION);
		assertThat(otherCall).isWaitingAt(EVENT_EVALUATIONS_DONE);
	}

	@Test
	void evaluationsAlreadyCompleteAtConfirmationHandTheCallToSelectionAtOnce() {
		String reference = withEligible(callOf("healthchain-founding"));
		ProcessInstance call = closed(reference);
		this.callLifecycle.unfinished.put(reference, 0);

		complete(task(call));

		assertThat(call).isWaitingAt(EVENT_SELECTION_DECIDED).hasNotPassed(EVENT_EVALUATIONS_DONE);
		runtimeService().createMessageCorrelation(MESSAGE_SELECTION_DECIDED)
			.processInstanceBusinessKey(reference)
			.correlateAll();
		assertThat(call).isEnded().hasPassed(END_SELECTION_DECIDED).hasNotPassed(END);
	}

	@Test
	void anAssignmentTheListenerRefusesLeavesTheTaskOpenAndNoEvaluationWaited() {
		ProcessInstance call = closed(withEligible(callOf("healthchain-founding")));
		this.assignExpertsListener.whenNotified((task) -> {
			throw new IllegalStateException("The assignment is not confirmed yet");
		});
		Task assign = task(call);

		assertThatThrownBy(() -> complete(assign)).hasMessageContaining("not confirmed");

		assertThat(call).isWaitingAt(TASK_ASSIGN_EXPERTS).hasNotPassed(GATEWAY_EVALUATIONS_PENDING);
		assertThat(task(call).getId()).isEqualTo(assign.getId());
	}

	@Test
	void aReviewTheListenerRefusesLeavesTheCallWaitingForReview() {
		ProcessInstance call = submitted(callOf("healthchain-founding"));
		this.reviewCallListener.whenNotified((task) -> {
			throw new IllegalStateException("Four-eyes rule: the officer who prepared the call cannot approve it");
		});
		Task review = task(call);

		assertThatThrownBy(() -> complete(review, Map.of(VAR_DECISION, "approve", VAR_COMMENT, "")))
			.hasMessageContaining("Four-eyes");

		assertThat(call).isWaitingAt(TASK_REVIEW_CALL).hasNotPassed(GATEWAY_APPROVED);
		assertThat(task(call).getId()).isEqualTo(review.getId());
		assertThat(job(call)).isNull();
	}

	@Test
	void aDecisionTheModelDoesNotKnowIsRefusedAndTheReviewStaysOpen() {
		ProcessInstance call = submitted(callOf("healthchain-founding"));
		Task review = task(call);

		assertThatThrownBy(() -> complete(review, Map.of(VAR_DECISION, "postpone", VAR_COMMENT, "")))
			.hasMessageContaining(GATEWAY_APPROVED);

		assertThat(call).isWaitingAt(TASK_REVIEW_CALL);
		assertThat(task(call).getId()).isEqualTo(review.getId());
	}

	/** A new call of a programme whose dates the fake domain knows; its reference. */
	private String callOf(String programme) {
		String reference = "HC-" + UUID.randomUUID().toString().substring(0, 8);
		this.callLifecycle.programmes.put(reference, programme);
		this.callLifecycle.openings.put(reference, OPENING);
		this.callLifecycle.deadlines.put(reference, DEADLINE);
		return reference;
	}

	private String withEligible(String reference) {
		this.callLifecycle.eligible.put(reference, 2);
		return reference;
	}

	/**
	 * The call's instance, started as Opencall starts it when the call goes for approval.
	 */
	private ProcessInstance submitted(String reference) {
		return runtimeService().startProcessInstanceByKey(KEY, reference, labels(reference));
	}

	private ProcessInstance closed(String reference) {
		ProcessInstance call = submitted(reference);
		complete(task(call), Map.of(VAR_DECISION, "approve", VAR_COMMENT, ""));
		fire(job(call));
		fire(job(call));
		return call;
	}

	private static Map<String, Object> labels(String reference) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(VAR_REFERENCE, reference);
		variables.put(VAR_TITLE, "Remote monitoring " + reference);
		return variables;
	}

	/** Moves the engine clock to the timer's due date and runs it. */
	private static void fire(Job timer) {
		ClockUtil.setCurrentTime(timer.getDuedate());
		execute(timer);
	}

	/**
	 * Stands in for {@code ${callLifecycle}}: the dates and the programme of each call,
	 * as the domain keeps them, by the call's reference (the business key). Public, as
	 * the engine's expressions call methods of public classes only.
	 */
	public static class FakeCallLifecycle {

		final Map<String, String> programmes = new HashMap<>();

		final Map<String, Instant> openings = new HashMap<>();

		final Map<String, Instant> deadlines = new HashMap<>();

		final List<String> askedAbout = new ArrayList<>();

		final Map<String, Integer> eligible = new HashMap<>();

		final Map<String, Integer> unfinished = new HashMap<>();

		public int eligibleProposals(DelegateExecution execution) {
			return this.eligible.getOrDefault(subject(execution), 0);
		}

		public int unfinishedEvaluations(DelegateExecution execution) {
			return this.unfinished.getOrDefault(subject(execution), 0);
		}

		public Date opening(DelegateExecution execution) {
			return Date.from(this.openings.get(subject(execution)));
		}

		public Date deadline(DelegateExecution execution) {
			return Date.from(this.deadlines.get(subject(execution)));
		}

		public String officers(DelegateExecution execution) {
			return "programme-" + this.programmes.get(subject(execution));
		}

		private String subject(DelegateExecution execution) {
			this.askedAbout.add(execution.getProcessBusinessKey());
			return execution.getProcessBusinessKey();
		}

	}

}
