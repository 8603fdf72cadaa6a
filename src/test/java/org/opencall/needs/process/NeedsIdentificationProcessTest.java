package org.opencall.needs.process;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedClarification;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedState;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.needs.process.NeedsIdentificationProcess.END_MERGED;
import static org.opencall.needs.process.NeedsIdentificationProcess.END_REJECTED;
import static org.opencall.needs.process.NeedsIdentificationProcess.END_VALIDATED;
import static org.opencall.needs.process.NeedsIdentificationProcess.EVENT_CLARIFICATION_ESCALATION;
import static org.opencall.needs.process.NeedsIdentificationProcess.EVENT_CLARIFICATION_REMINDER;
import static org.opencall.needs.process.NeedsIdentificationProcess.START;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_ANSWER_CLARIFICATION;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_ESCALATE_TO_OFFICER;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_REMIND_NEED_OWNER;
import static org.opencall.needs.process.NeedsIdentificationProcess.TASK_TRIAGE_NEED;

/**
 * {@code needs-identification}: every triage path, and the reminder and escalation of an
 * unanswered question with the engine clock moved.
 */
@OpencallTest
class NeedsIdentificationProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	NeedSubmission submission;

	@Autowired
	NeedTriage triage;

	@Autowired
	NeedClarification clarification;

	@Autowired
	NeedBacklog backlog;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void initAssertions() {
		init(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aValidatedNeedEndsInTheBacklog() {
		String reference = submitted();
		ProcessInstance instance = instanceOf(reference);
		assertThat(instance).isWaitingAt(TASK_TRIAGE_NEED);
		assertThat(task(instance)).hasCandidateGroup("programme-officers");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(instance).getId())).isNotNull();

		this.triage.triage("olivia", reference, decision("validate"));
		assertThat(instance).isEnded().hasPassedInOrder(START, TASK_TRIAGE_NEED, END_VALIDATED);
		assertThat(status(reference)).isEqualTo(NeedState.VALIDATED);
	}

	@Test
	void aRejectedNeedEndsWithItsReason() {
		String reference = submitted();
		ProcessInstance instance = instanceOf(reference);
		this.triage.triage("olivia", reference, new TriageInput("reject", "Outside the programme", null, null));
		assertThat(instance).isEnded().hasPassed(END_REJECTED);
		assertThat(this.backlog.need("olivia", reference).rejectionReason()).isEqualTo("Outside the programme");
	}

	@Test
	void aDuplicateIsMergedIntoTheOriginal() {
		String original = submitted();
		String duplicate = submitted();
		ProcessInstance instance = instanceOf(duplicate);
		this.triage.triage("oscar", duplicate, new TriageInput("duplicate", null, null, original));
		assertThat(instance).isEnded().hasPassed(END_MERGED);
		assertThat(this.backlog.need("oscar", duplicate).mergedInto()).isEqualTo(original);
		assertThat(instanceOf(original)).isWaitingAt(TASK_TRIAGE_NEED);
	}

	@Test
	void anAnsweredQuestionSendsTheNeedBackToTriage() {
		String reference = submitted();
		ProcessInstance instance = instanceOf(reference);
		this.triage.triage("olivia", reference, new TriageInput("clarify", null, "How many patients?", null));
		assertThat(instance).isWaitingAt(TASK_ANSWER_CLARIFICATION);
		assertThat(task(instance)).isAssignedTo("nora");

		this.clarification.answer("nora", reference, "About 1,200 a year.");
		assertThat(instance).isWaitingAt(TASK_TRIAGE_NEED);
		this.triage.triage("olivia", reference, decision("validate"));
		assertThat(instance).isEnded()
			.hasPassedInOrder(TASK_TRIAGE_NEED, TASK_ANSWER_CLARIFICATION, TASK_TRIAGE_NEED, END_VALIDATED);
	}

	@Test
	void anUnansweredQuestionIsRemindedAfterSevenDaysAndEscalatedAfterFourteen() {
		String reference = submitted();
		ProcessInstance instance = instanceOf(reference);
		this.triage.triage("olivia", reference, new TriageInput("clarify", null, "Which wards?", null));
		List<Job> timers = jobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc().list();
		assertThat(timers).hasSize(2);
		Date asked = ClockUtil.getCurrentTime();

		ClockUtil.setCurrentTime(Date.from(asked.toInstant().plus(Duration.ofDays(7)).plusSeconds(60)));
		assertThat(jobQuery().processInstanceId(instance.getId()).timers().executable().count()).isEqualTo(1);
		execute(timers.get(0));
		assertThat(instance).hasPassed(EVENT_CLARIFICATION_REMINDER, TASK_REMIND_NEED_OWNER)
			.isWaitingAt(TASK_ANSWER_CLARIFICATION);
		assertThat(mailsTo("nora@uhospital.example", "Reminder: a question about need " + reference)).isEqualTo(1);

		ClockUtil.setCurrentTime(Date.from(asked.toInstant().plus(Duration.ofDays(14)).plusSeconds(60)));
		execute(jobQuery().processInstanceId(instance.getId()).timers().singleResult());
		assertThat(instance).hasPassed(EVENT_CLARIFICATION_ESCALATION, TASK_ESCALATE_TO_OFFICER)
			.isWaitingAt(TASK_ANSWER_CLARIFICATION);
		assertThat(mailsTo("olivia@opencall.example", "Need " + reference + ": question unanswered")).isEqualTo(1);
	}

	private String submitted() {
		return this.submission.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
	}

	private static TriageInput decision(String decision) {
		return new TriageInput(decision, null, null, null);
	}

	private static ProcessInstance instanceOf(String reference) {
		return processInstanceQuery().processInstanceBusinessKey(reference).singleResult();
	}

	private NeedState status(String reference) {
		return this.backlog.need("olivia", reference).status();
	}

	private int mailsTo(String recipient, String subject) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = :r and subject = :s")
			.param("r", recipient)
			.param("s", "[Opencall] " + subject)
			.query(Integer.class)
			.single();
	}

}
