package org.opencall.reporting.process;

import java.time.Instant;
import java.time.ZoneOffset;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.opencall.RecordingDelegate.Invocation.completed;
import static org.opencall.RecordingDelegate.Invocation.created;
import static org.opencall.RecordingDelegate.Invocation.executed;
import static org.opencall.reporting.process.ReportingProcess.END_CALL_REPORTED;
import static org.opencall.reporting.process.ReportingProcess.END_FINAL_MAILED;
import static org.opencall.reporting.process.ReportingProcess.END_PERIODIC_MAILED;
import static org.opencall.reporting.process.ReportingProcess.END_PERIODIC_REPORTED;
import static org.opencall.reporting.process.ReportingProcess.EVENT_PERIODIC_DUE;
import static org.opencall.reporting.process.ReportingProcess.GATEWAY_PERIODIC_APPROVED;
import static org.opencall.reporting.process.ReportingProcess.KEY;
import static org.opencall.reporting.process.ReportingProcess.MESSAGE_LAST_GRANT_CLOSED;
import static org.opencall.reporting.process.ReportingProcess.START;
import static org.opencall.reporting.process.ReportingProcess.TASK_AWAIT_LAST_GRANT;
import static org.opencall.reporting.process.ReportingProcess.TASK_CORRECT_PERIODIC;
import static org.opencall.reporting.process.ReportingProcess.TASK_MAIL_FINAL;
import static org.opencall.reporting.process.ReportingProcess.TASK_MAIL_PERIODIC;
import static org.opencall.reporting.process.ReportingProcess.TASK_PREPARE_FINAL;
import static org.opencall.reporting.process.ReportingProcess.TASK_PREPARE_PERIODIC;
import static org.opencall.reporting.process.ReportingProcess.TASK_REVIEW_FINAL;
import static org.opencall.reporting.process.ReportingProcess.TASK_REVIEW_PERIODIC;

/**
 * {@code reporting} alone on the model tests' engine, the application's beans faked: the
 * periodic reports fall due on the schedule the domain gives (the engine's clock moved,
 * never slept), the final report follows the last grant's closure, and each report is
 * reviewed by the programme's officers, sent back and corrected until the domain says it
 * is approved, then mailed.
 */
class ReportingModelTest {

	private static final Instant PUBLISHED = Instant.parse("2027-01-15T09:00:00Z");

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeReporting reporting;

	private RecordingDelegate preparePeriodic;

	private RecordingDelegate prepareFinal;

	private RecordingDelegate review;

	private RecordingDelegate correct;

	private RecordingDelegate mail;

	private RecordingDelegate context;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(ReportingModelTest.class, "bpmn/reporting.bpmn",
				"forms/review-programme-report.form", "forms/correct-programme-report.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		ClockUtil.setCurrentTime(Date.from(PUBLISHED));
		this.reporting = new FakeReporting();
		Mocks.register("reporting", this.reporting);
		RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		this.context = RecordingDelegate.registeredAs("reportingTaskContextListener");
		this.review = RecordingDelegate.registeredAs("reviewProgrammeReportListener");
		this.correct = RecordingDelegate.registeredAs("correctProgrammeReportListener");
		this.mail = RecordingDelegate.registeredAs("mailProgrammeReportDelegate");
		this.preparePeriodic = RecordingDelegate.registeredAs("preparePeriodicReportDelegate")
			.whenExecuted((execution) -> execution.setVariableLocal("reportNumber", this.reporting.next()));
		this.prepareFinal = RecordingDelegate.registeredAs("prepareFinalReportDelegate")
			.whenExecuted((execution) -> execution.setVariableLocal("reportNumber", this.reporting.next()));
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
	void aPublishedCallWaitsForItsFirstPeriodicReportOnTheScheduleTheDomainGives() {
		ProcessInstance call = started();

		assertThat(call).isWaitingAt(TASK_AWAIT_LAST_GRANT);
		Job due = timer(call);
		assertThat(due.getDuedate()).isEqualTo(Date.from(months(6)));
		assertThat(this.preparePeriodic.invocations()).isEmpty();
	}

	@Test
	void aCallThatReportsEveryThreeMonthsHasItsPeriodicReportsDueEveryThreeMonths() {
		this.reporting.every = "P3M";
		ProcessInstance call = started();

		assertThat(timer(call).getDuedate()).isEqualTo(Date.from(months(3)));
		fire(timer(call));
		assertThat(call).isWaitingAt(TASK_PREPARE_PERIODIC, TASK_AWAIT_LAST_GRANT);
		assertThat(timer(call).getDuedate()).as("the next report, three months later").isEqualTo(Date.from(months(6)));
	}

	@Test
	void aPeriodicReportFallsDueAfterTheIntervalIsReviewedByTheProgrammesOfficersAndMailed() {
		ProcessInstance call = started();
		String reference = call.getBusinessKey();

		fire(timer(call));
		assertThat(call).isWaitingAt(TASK_PREPARE_PERIODIC, TASK_AWAIT_LAST_GRANT);
		execute(job(call, TASK_PREPARE_PERIODIC));
		Task review = task(call, TASK_REVIEW_PERIODIC);
		assertThat(ModelTestEngine.candidateGroups(review)).containsExactly("programme-healthchain-founding");
		assertThat(this.engine.getFormService().getDeployedTaskForm(review.getId())).isNotNull();
		assertThat(this.context.invocations()).containsExactly(created(TASK_REVIEW_PERIODIC, reference));

		this.reporting.approved.add(1);
		complete(review, Map.of("decision", "approve", "comment", ""));
		execute(job(call, TASK_MAIL_PERIODIC));

		assertThat(this.preparePeriodic.invocations()).containsExactly(executed(TASK_PREPARE_PERIODIC, reference));
		assertThat(this.review.invocations()).containsExactly(completed(TASK_REVIEW_PERIODIC, reference));
		assertThat(this.mail.invocations()).containsExactly(executed(TASK_MAIL_PERIODIC, reference));
		assertThat(call).hasPassed(EVENT_PERIODIC_DUE, END_PERIODIC_MAILED, END_PERIODIC_REPORTED)
			.isWaitingAt(TASK_AWAIT_LAST_GRANT);
		assertThat(timer(call).getDuedate()).as("the next report, six months later").isEqualTo(Date.from(months(12)));
	}

	@Test
	void aSentBackReportIsCorrectedAndReviewedAgainUntilTheDomainSaysItIsApproved() {
		ProcessInstance call = started();
		String reference = call.getBusinessKey();
		fire(timer(call));
		execute(job(call, TASK_PREPARE_PERIODIC));

		complete(task(call, TASK_REVIEW_PERIODIC),
				Map.of("decision", "sendBack", "comment", "The Portuguese hospital's need is counted twice"));
		Task correction = task(call, TASK_CORRECT_PERIODIC);
		assertThat(ModelTestEngine.candidateGroups(correction)).containsExactly("programme-healthchain-founding");
		assertThat(taskService().getVariable(correction.getId(), "reportNumber")).isEqualTo(1);
		complete(correction, Map.of("correction", "Merged the duplicate need"));
		this.reporting.approved.add(1);
		complete(task(call, TASK_REVIEW_PERIODIC), Map.of("decision", "approve", "comment", ""));
		execute(job(call, TASK_MAIL_PERIODIC));

		assertThat(this.review.invocations()).containsExactly(completed(TASK_REVIEW_PERIODIC, reference),
				completed(TASK_REVIEW_PERIODIC, reference));
		assertThat(this.correct.invocations()).containsExactly(completed(TASK_CORRECT_PERIODIC, reference));
		assertThat(this.preparePeriodic.invocations()).hasSize(1);
		assertThat(this.mail.invocations()).containsExactly(executed(TASK_MAIL_PERIODIC, reference));
		assertThat(call).hasPassedInOrder(TASK_REVIEW_PERIODIC, GATEWAY_PERIODIC_APPROVED, TASK_CORRECT_PERIODIC,
				TASK_REVIEW_PERIODIC, GATEWAY_PERIODIC_APPROVED, TASK_MAIL_PERIODIC);
	}

	@Test
	void theLastGrantClosedBringsTheFinalReportAndEndsTheSchedule() {
		ProcessInstance call = started();
		String reference = call.getBusinessKey();

		runtimeService().createMessageCorrelation(MESSAGE_LAST_GRANT_CLOSED)
			.processInstanceBusinessKey(reference)
			.correlate();
		assertThat(timers(call)).as("no periodic report after the last grant").isEmpty();
		execute(job(call, TASK_PREPARE_FINAL));
		this.reporting.approved.add(1);
		complete(task(call, TASK_REVIEW_FINAL), Map.of("decision", "approve", "comment", "Complete"));
		execute(job(call, TASK_MAIL_FINAL));

		assertThat(this.prepareFinal.invocations()).containsExactly(executed(TASK_PREPARE_FINAL, reference));
		assertThat(this.preparePeriodic.invocations()).isEmpty();
		assertThat(call).isEnded()
			.hasPassedInOrder(START, TASK_AWAIT_LAST_GRANT, TASK_PREPARE_FINAL, TASK_REVIEW_FINAL, TASK_MAIL_FINAL,
					END_FINAL_MAILED, END_CALL_REPORTED);
	}

	@Test
	void aPeriodicReportStillInReviewGoesOnAloneWhenTheFinalReportStarts() {
		ProcessInstance call = started();
		fire(timer(call));
		execute(job(call, TASK_PREPARE_PERIODIC));

		runtimeService().createMessageCorrelation(MESSAGE_LAST_GRANT_CLOSED)
			.processInstanceBusinessKey(call.getBusinessKey())
			.correlate();
		execute(job(call, TASK_PREPARE_FINAL));
		assertThat(taskService().getVariable(task(call, TASK_REVIEW_PERIODIC).getId(), "reportNumber")).isEqualTo(1);
		assertThat(taskService().getVariable(task(call, TASK_REVIEW_FINAL).getId(), "reportNumber")).isEqualTo(2);

		this.reporting.approved.addAll(List.of(1, 2));
		complete(task(call, TASK_REVIEW_FINAL), Map.of("decision", "approve", "comment", ""));
		execute(job(call, TASK_MAIL_FINAL));
		assertThat(call).isNotEnded();
		complete(task(call, TASK_REVIEW_PERIODIC), Map.of("decision", "approve", "comment", ""));
		execute(job(call, TASK_MAIL_PERIODIC));

		assertThat(call).isEnded().hasPassed(END_PERIODIC_REPORTED, END_CALL_REPORTED);
	}

	private ProcessInstance started() {
		String reference = "HC-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> variables = new HashMap<>();
		variables.put("callReference", reference);
		return runtimeService().startProcessInstanceByKey(KEY, reference, variables);
	}

	private static void fire(Job timer) {
		ClockUtil.setCurrentTime(timer.getDuedate());
		execute(timer);
	}

	private static Job timer(ProcessInstance instance) {
		List<Job> timers = timers(instance);
		assertThat(timers).hasSize(1);
		return timers.get(0);
	}

	private static List<Job> timers(ProcessInstance instance) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(EVENT_PERIODIC_DUE)
			.timers()
			.list();
	}

	private static Job job(ProcessInstance instance, String activity) {
		return managementService().createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activity)
			.singleResult();
	}

	private static Task task(ProcessInstance instance, String key) {
		return taskService().createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private static Instant months(int months) {
		return PUBLISHED.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
	}

	/**
	 * Stands in for {@code ${reporting}}: what the domain says of each call's reporting.
	 * Public, as the engine's expressions call methods of public classes only.
	 */
	public static class FakeReporting {

		final Set<Integer> approved = new HashSet<>();

		/** The call's interval, as its schedule holds it. */
		String every = "P6M";

		private int reports;

		int next() {
			return ++this.reports;
		}

		public String officers(DelegateExecution execution) {
			return "programme-healthchain-founding";
		}

		public String schedule(DelegateExecution execution) {
			return "R/" + PUBLISHED + "/" + this.every;
		}

		public boolean isApproved(DelegateExecution execution) {
			return this.approved.contains((Integer) execution.getVariable("reportNumber"));
		}

	}

}
