package org.opencall.cocreation.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.opencall.RecordingDelegate.Invocation.completed;
import static org.opencall.RecordingDelegate.Invocation.created;
import static org.opencall.RecordingDelegate.Invocation.executed;
import static org.opencall.cocreation.process.CoCreationProcess.END;
import static org.opencall.cocreation.process.CoCreationProcess.END_ESCALATED;
import static org.opencall.cocreation.process.CoCreationProcess.END_NOTHING_TO_RELEASE;
import static org.opencall.cocreation.process.CoCreationProcess.END_PAYMENT_RELEASED;
import static org.opencall.cocreation.process.CoCreationProcess.END_REMINDED;
import static org.opencall.cocreation.process.CoCreationProcess.GATEWAY_ACCEPTED;
import static org.opencall.cocreation.process.CoCreationProcess.KEY;
import static org.opencall.cocreation.process.CoCreationProcess.MESSAGE_DELIVERABLE_SUBMITTED;
import static org.opencall.cocreation.process.CoCreationProcess.START;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_ASK_REVISION;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_CO_REVIEW;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_ESCALATE;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_FINAL_REVIEW;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_HOLD_KICK_OFF;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_PAYMENT_DUE;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_RELEASE_PAYMENT;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_REMIND_COMPANY;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_REVIEW;
import static org.opencall.cocreation.process.CoCreationProcess.TASK_SUBMIT_DELIVERABLE;
import static org.opencall.cocreation.process.CoCreationProcess.TIMER_ESCALATION;
import static org.opencall.cocreation.process.CoCreationProcess.TIMER_REMINDER;

/**
 * {@code co-creation} alone on the model tests' engine, the application's beans faked:
 * who gets which task, how a deliverable is co-reviewed and sent back or accepted on what
 * the domain says (never on a variable), how payments branch off to their release, when
 * an overdue deliverable is reminded and escalated, and how the pilot closes.
 */
class CoCreationModelTest {

	private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

	private static final Instant REMINDER = Instant.parse("2027-06-30T00:00:00Z");

	private static final Instant ESCALATION = Instant.parse("2027-07-07T00:00:00Z");

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakePilot pilot;

	private RecordingDelegate kickOffListener;

	private RecordingDelegate reviewListener;

	private RecordingDelegate coReviewListener;

	private RecordingDelegate bindRelease;

	private RecordingDelegate secondOfficer;

	private RecordingDelegate releaseListener;

	private RecordingDelegate finalReviewListener;

	private RecordingDelegate remind;

	private RecordingDelegate escalate;

	private RecordingDelegate askForRevision;

	private RecordingDelegate paymentDue;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(CoCreationModelTest.class, "bpmn/co-creation.bpmn", "forms/kick-off.form",
				"forms/review-deliverable.form", "forms/co-review-deliverable.form", "forms/release-payment.form",
				"forms/final-review.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.pilot = new FakePilot();
		Mocks.register("cocreation", this.pilot);
		RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		RecordingDelegate.registeredAs("coCreationTaskContextListener");
		this.kickOffListener = RecordingDelegate.registeredAs("holdKickOffListener");
		this.reviewListener = RecordingDelegate.registeredAs("reviewDeliverableListener");
		this.coReviewListener = RecordingDelegate.registeredAs("coReviewDeliverableListener");
		this.bindRelease = RecordingDelegate.registeredAs("bindReleaseListener")
			.whenNotified(
					(task) -> this.pilot.toBind.merge(task.getExecution().getProcessBusinessKey(), -1, Integer::sum));
		this.secondOfficer = RecordingDelegate.registeredAs("secondOfficerReleaseListener");
		this.releaseListener = RecordingDelegate.registeredAs("releasePaymentListener");
		this.finalReviewListener = RecordingDelegate.registeredAs("finalReviewListener");
		this.remind = RecordingDelegate.registeredAs("remindCompanyOfDeliverableDelegate");
		this.escalate = RecordingDelegate.registeredAs("escalateToOfficersDelegate");
		this.askForRevision = RecordingDelegate.registeredAs("askForRevisionDelegate");
		this.paymentDue = RecordingDelegate.registeredAs("makePaymentDueDelegate");
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
	void aSignedGrantWaitsForItsKickOffByTheProgrammesOfficersAndForTheReleaseOfItsSignaturePayment() {
		ProcessInstance grant = started(1);
		String reference = grant.getBusinessKey();

		assertThat(grant).isWaitingAt(TASK_HOLD_KICK_OFF, TASK_RELEASE_PAYMENT);
		assertThat(ModelTestEngine.candidateGroups(task(grant, TASK_HOLD_KICK_OFF)))
			.containsExactly("programme-healthchain-founding");
		assertThat(ModelTestEngine.candidateGroups(task(grant, TASK_RELEASE_PAYMENT)))
			.containsExactly("programme-healthchain-founding");
		assertThat(this.bindRelease.invocations()).containsExactly(created(TASK_RELEASE_PAYMENT, reference));
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(grant, TASK_HOLD_KICK_OFF).getId()))
			.isNotNull();
	}

	@Test
	void withoutAPaymentAtSignatureOnlyTheKickOffWaits() {
		ProcessInstance grant = started(0);

		assertThat(grant).isWaitingAt(TASK_HOLD_KICK_OFF).hasPassed(END_NOTHING_TO_RELEASE);
		assertThat(this.bindRelease.invocations()).isEmpty();
	}

	@Test
	void theSecondOfficerReleasesTheSignaturePaymentInItsOwnBranch() {
		ProcessInstance grant = started(1);
		String reference = grant.getBusinessKey();
		Task release = task(grant, TASK_RELEASE_PAYMENT);

		this.engine.getTaskService().claim(release.getId(), "oscar");
		this.engine.getTaskService().complete(release.getId());

		assertThat(grant).isWaitingAt(TASK_HOLD_KICK_OFF).hasPassed(END_PAYMENT_RELEASED);
		assertThat(this.secondOfficer.invocations())
			.contains(new RecordingDelegate.Invocation(TASK_RELEASE_PAYMENT, "assignment", reference));
		assertThat(this.releaseListener.invocations()).containsExactly(completed(TASK_RELEASE_PAYMENT, reference));
	}

	@Test
	void theOfficerWhoMadeThePaymentDueCannotClaimItsRelease() {
		ProcessInstance grant = started(1);
		Task release = task(grant, TASK_RELEASE_PAYMENT);
		this.secondOfficer.whenNotified((task) -> {
			throw new IllegalStateException("Four-eyes rule: olivia made the payment due");
		});

		assertThatThrownBy(() -> this.engine.getTaskService().claim(release.getId(), "olivia"))
			.hasMessageContaining("Four-eyes");
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(release.getId()).singleResult().getAssignee())
			.isNull();
	}

	@Test
	void aDeliverableAcceptedTheFirstTimeByBothMakesItsPaymentDueAndTheNextMilestoneWaits() {
		ProcessInstance grant = kickedOff(0);
		String reference = grant.getBusinessKey();
		assertThat(grant).isWaitingAt(TASK_SUBMIT_DELIVERABLE);

		submit(reference);
		assertThat(grant).isWaitingAt(TASK_REVIEW, TASK_CO_REVIEW);
		assertThat(ModelTestEngine.candidateGroups(task(grant, TASK_REVIEW)))
			.containsExactly("programme-healthchain-founding");
		assertThat(candidateUsers(task(grant, TASK_CO_REVIEW))).containsExactly("nora");
		this.pilot.accepted.add(reference);
		this.pilot.toBind.put(reference, 1);
		complete(grant, TASK_REVIEW, Map.of("verdict", "accept", "comment", ""));
		assertThat(grant).isWaitingAt(TASK_CO_REVIEW);
		complete(grant, TASK_CO_REVIEW, Map.of("verdict", "accept", "comment", ""));

		assertThat(grant).hasPassed(GATEWAY_ACCEPTED, TASK_PAYMENT_DUE)
			.isWaitingAt(TASK_SUBMIT_DELIVERABLE, TASK_RELEASE_PAYMENT);
		assertThat(this.reviewListener.invocations()).containsExactly(completed(TASK_REVIEW, reference));
		assertThat(this.coReviewListener.invocations()).containsExactly(completed(TASK_CO_REVIEW, reference));
		assertThat(this.paymentDue.invocations()).containsExactly(executed(TASK_PAYMENT_DUE, reference));
		assertThat(this.askForRevision.invocations()).isEmpty();
	}

	@Test
	void aDeliverableEitherReviewerSendsBackGoesBackToTheCompanyAndIsReviewedAgainWhenResubmitted() {
		ProcessInstance grant = kickedOff(0);
		String reference = grant.getBusinessKey();
		submit(reference);
		complete(grant, TASK_REVIEW, Map.of("verdict", "accept", "comment", ""));
		complete(grant, TASK_CO_REVIEW, Map.of("verdict", "revise", "comment", "Add the ward's figures"));

		assertThat(grant).hasPassed(TASK_ASK_REVISION).isWaitingAt(TASK_SUBMIT_DELIVERABLE);
		assertThat(this.askForRevision.invocations()).containsExactly(executed(TASK_ASK_REVISION, reference));
		assertThat(this.paymentDue.invocations()).isEmpty();

		submit(reference);
		assertThat(grant).isWaitingAt(TASK_REVIEW, TASK_CO_REVIEW);
		this.pilot.accepted.add(reference);
		complete(grant, TASK_REVIEW, Map.of("verdict", "accept", "comment", ""));
		complete(grant, TASK_CO_REVIEW, Map.of("verdict", "accept", "comment", ""));
		assertThat(this.paymentDue.invocations()).containsExactly(executed(TASK_PAYMENT_DUE, reference));
		assertThat(grant).hasPassed(END_NOTHING_TO_RELEASE).isWaitingAt(TASK_SUBMIT_DELIVERABLE);
	}

	@Test
	void anOverdueDeliverableRemindsTheCompanyAtTheDomainsDateThenAlertsTheOfficersAndStillWaits() {
		ProcessInstance grant = kickedOff(0);
		String reference = grant.getBusinessKey();
		Job reminder = timer(grant, TIMER_REMINDER);
		Job escalation = timer(grant, TIMER_ESCALATION);
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(REMINDER));
		assertThat(escalation.getDuedate()).isEqualTo(Date.from(ESCALATION));

		ClockUtil.setCurrentTime(reminder.getDuedate());
		this.engine.getManagementService().executeJob(reminder.getId());
		assertThat(this.remind.invocations()).containsExactly(executed(TASK_REMIND_COMPANY, reference));
		assertThat(this.escalate.invocations()).isEmpty();
		assertThat(grant).isWaitingAt(TASK_SUBMIT_DELIVERABLE).hasPassed(END_REMINDED);

		ClockUtil.setCurrentTime(escalation.getDuedate());
		this.engine.getManagementService().executeJob(escalation.getId());
		assertThat(this.escalate.invocations()).containsExactly(executed(TASK_ESCALATE, reference));
		assertThat(grant).isWaitingAt(TASK_SUBMIT_DELIVERABLE).hasPassed(END_ESCALATED);

		submit(reference);
		assertThat(this.engine.getManagementService().createJobQuery().processInstanceId(grant.getId()).count())
			.as("the timers go with the submitted deliverable")
			.isZero();
	}

	@Test
	void whenNoMilestoneIsOpenTheOfficersReviewTheOutcomeAndThePilotEnds() {
		ProcessInstance grant = kickedOff(0);
		String reference = grant.getBusinessKey();
		submit(reference);
		this.pilot.accepted.add(reference);
		this.pilot.milestonesDone.add(reference);
		complete(grant, TASK_REVIEW, Map.of("verdict", "accept", "comment", ""));
		complete(grant, TASK_CO_REVIEW, Map.of("verdict", "accept", "comment", ""));

		assertThat(grant).isWaitingAt(TASK_FINAL_REVIEW);
		assertThat(ModelTestEngine.candidateGroups(task(grant, TASK_FINAL_REVIEW)))
			.containsExactly("programme-healthchain-founding");
		complete(grant, TASK_FINAL_REVIEW,
				Map.of("outcome", "SOLVED", "finalValues", "Readmissions avoided = 14", "summary", "Solved."));

		assertThat(grant).isEnded()
			.hasPassedInOrder(START, TASK_HOLD_KICK_OFF, TASK_SUBMIT_DELIVERABLE, TASK_PAYMENT_DUE, TASK_FINAL_REVIEW,
					END);
		assertThat(this.finalReviewListener.invocations()).containsExactly(completed(TASK_FINAL_REVIEW, reference));
	}

	@Test
	void aReviewTheListenerRefusesLeavesTheTaskOpen() {
		ProcessInstance grant = kickedOff(0);
		submit(grant.getBusinessKey());
		this.reviewListener.whenNotified((task) -> {
			throw new IllegalStateException("A revision needs a comment");
		});
		Task review = task(grant, TASK_REVIEW);

		assertThatThrownBy(
				() -> this.engine.getTaskService().complete(review.getId(), Map.of("verdict", "revise", "comment", "")))
			.hasMessageContaining("comment");

		assertThat(task(grant, TASK_REVIEW).getId()).isEqualTo(review.getId());
	}

	private ProcessInstance started(int paymentsAtSignature) {
		String reference = "G-" + UUID.randomUUID().toString().substring(0, 8);
		this.pilot.toBind.put(reference, paymentsAtSignature);
		Map<String, Object> variables = new HashMap<>();
		variables.put("grantReference", reference);
		return runtimeService().startProcessInstanceByKey(KEY, reference, variables);
	}

	private ProcessInstance kickedOff(int paymentsAtSignature) {
		ProcessInstance grant = started(paymentsAtSignature);
		complete(grant, TASK_HOLD_KICK_OFF, Map.of("kickOffDate", "2027-03-01", "kickOffNotes", ""));
		assertThat(this.kickOffListener.invocations())
			.containsExactly(completed(TASK_HOLD_KICK_OFF, grant.getBusinessKey()));
		return grant;
	}

	private void submit(String reference) {
		runtimeService().createMessageCorrelation(MESSAGE_DELIVERABLE_SUBMITTED)
			.processInstanceBusinessKey(reference)
			.correlate();
	}

	private Task task(ProcessInstance grant, String key) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(grant.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private void complete(ProcessInstance grant, String key, Map<String, Object> variables) {
		this.engine.getTaskService().complete(task(grant, key).getId(), variables);
	}

	private Job timer(ProcessInstance grant, String activity) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(grant.getId())
			.activityId(activity)
			.singleResult();
	}

	private List<String> candidateUsers(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.toList();
	}

	/**
	 * Stands in for {@code ${cocreation}}: what the domain says of each grant, by its
	 * reference. Public, as the engine's expressions call methods of public classes only.
	 */
	public static class FakePilot {

		final Map<String, Integer> toBind = new HashMap<>();

		final Set<String> accepted = new HashSet<>();

		final Set<String> milestonesDone = new HashSet<>();

		public String officers(DelegateExecution execution) {
			return "programme-healthchain-founding";
		}

		public List<String> hostNeedOwners(DelegateExecution execution) {
			return List.of("nora");
		}

		public Date reminderAt(DelegateExecution execution) {
			return Date.from(REMINDER);
		}

		public Date escalationAt(DelegateExecution execution) {
			return Date.from(ESCALATION);
		}

		public boolean hasPaymentToRelease(DelegateExecution execution) {
			return this.toBind.getOrDefault(execution.getProcessBusinessKey(), 0) > 0;
		}

		public boolean isAccepted(DelegateExecution execution) {
			return this.accepted.contains(execution.getProcessBusinessKey());
		}

		public boolean hasOpenMilestone(DelegateExecution execution) {
			return !this.milestonesDone.contains(execution.getProcessBusinessKey());
		}

	}

}
