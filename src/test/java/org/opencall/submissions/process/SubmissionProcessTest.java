package org.opencall.submissions.process;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.calls.process.CallLifecycleProcess;
import org.opencall.platform.InvalidInputException;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalInput;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionState;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.opencall.submissions.process.SubmissionProcess.END_DECIDED;
import static org.opencall.submissions.process.SubmissionProcess.END_WITHDRAWN;
import static org.opencall.submissions.process.SubmissionProcess.EVENT_DEADLINE;
import static org.opencall.submissions.process.SubmissionProcess.EVENT_WITHDRAWN;
import static org.opencall.submissions.process.SubmissionProcess.START;
import static org.opencall.submissions.process.SubmissionProcess.TASK_ACKNOWLEDGE;
import static org.opencall.submissions.process.SubmissionProcess.TASK_CHECK_ADMISSIBILITY;
import static org.opencall.submissions.process.SubmissionProcess.TASK_DECIDE_ELIGIBILITY;
import static org.opencall.submissions.process.SubmissionProcess.TASK_NOTIFY_APPLICANT;

/**
 * {@code submission}: acknowledgement, withdrawal, the eligibility table at the deadline
 * and the officer's admissibility check; and the call that waits for every decision.
 */
@OpencallTest
class SubmissionProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	ProposalSubmitting submitting;

	@Autowired
	EligibilityDecision eligibility;

	@Autowired
	SubmissionQueries queries;

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
	void anEligibleSubmissionIsAcknowledgedDecidedAtTheDeadlineConfirmedAndTheCallMovesOn() {
		CallView call = this.fixtures.openCall();
		String reference = submitted(call, SubmissionFixtures.homeMonitoring());
		ProcessInstance instance = instanceOf(reference);
		assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE);
		this.fixtures.runAsyncJobs(reference);
		assertThat(instance).isWaitingAt(SubmissionProcess.GATEWAY_WITHDRAWN_OR_DEADLINE);
		assertThat(mails("alice@medsense.example", "Receipt R-" + reference + "-1")).isEqualTo(1);

		this.fixtures.fireNextTimer(call.reference());
		ProcessInstance callInstance = instanceOf(call.reference());
		assertThat(callInstance).isWaitingAt(CallLifecycleProcess.EVENT_ELIGIBILITY_CHECKS_DONE);

		this.fixtures.fireNextTimer(reference);
		assertThat(instance).hasPassed(TASK_DECIDE_ELIGIBILITY).isWaitingAt(TASK_CHECK_ADMISSIBILITY);
		assertThat(task(instance)).hasCandidateGroup("programme-healthchain-founding");
		assertThat(instance).variables()
			.containsEntry(SubmissionProcess.VAR_FINDINGS, "Eligible by the call's rules.")
			.containsEntry(SubmissionProcess.VAR_ELIGIBLE_BY_RULES, true);

		this.eligibility.decide("oscar", reference, true, null);
		assertThat(instance).isEnded()
			.hasPassedInOrder(START, TASK_ACKNOWLEDGE, EVENT_DEADLINE, TASK_DECIDE_ELIGIBILITY,
					TASK_CHECK_ADMISSIBILITY, TASK_NOTIFY_APPLICANT, END_DECIDED);
		assertThat(status(reference)).isEqualTo(SubmissionState.ELIGIBLE);
		assertThat(mails("alice@medsense.example", "Proposal " + reference + " is eligible")).isEqualTo(1);
		assertThat(callInstance).isWaitingAt(CallLifecycleProcess.TASK_ASSIGN_EXPERTS)
			.hasPassed(CallLifecycleProcess.EVENT_ELIGIBILITY_CHECKS_DONE);
	}

	@Test
	void aTrlAboveTheRangeIsFoundIneligibleAndTheOfficerTellsTheApplicantWhy() {
		CallView call = this.fixtures.openCall();
		assertThatThrownBy(() -> submitted(call, SubmissionFixtures.withTrl(9)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("trl: must be between 5 and 8 for this call");
		// submission refuses it now; the table still finds it in a version submitted
		// before submission checked the call's range
		String reference = submitted(call, SubmissionFixtures.homeMonitoring());
		this.jdbc.sql("""
				update submission_versions set content = jsonb_set(content, '{content,trl}', '9')
				where submission_id = (select id from submissions where reference = :reference)
				""").param("reference", reference).update();
		ProcessInstance instance = instanceOf(reference);
		this.fixtures.runAsyncJobs(reference);
		this.fixtures.fireNextTimer(reference);
		assertThat(instance).variables()
			.containsEntry(SubmissionProcess.VAR_FINDINGS,
					"Not eligible: The technology readiness level is above the call's range.")
			.containsEntry(SubmissionProcess.VAR_ELIGIBLE_BY_RULES, false);

		assertThatThrownBy(() -> this.eligibility.decide("oscar", reference, false, " "))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.eligibility.decide("oscar", reference, true, null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("override");
		assertThat(instance).isWaitingAt(TASK_CHECK_ADMISSIBILITY);

		this.eligibility.decide("oscar", reference, false, "TRL 9 is a product on the market.");
		assertThat(instance).isEnded();
		assertThat(status(reference)).isEqualTo(SubmissionState.INELIGIBLE);
		assertThat(this.queries.submission("alice", reference).ineligibilityReasons())
			.containsExactly("The technology readiness level is above the call's range.");
		assertThat(mails("alice@medsense.example", "Proposal " + reference + " is not eligible")).isEqualTo(1);
	}

	@Test
	void aWithdrawnSubmissionEndsBeforeTheDeadline() {
		CallView call = this.fixtures.openCall();
		String reference = submitted(call, SubmissionFixtures.homeMonitoring());
		ProcessInstance instance = instanceOf(reference);
		this.fixtures.runAsyncJobs(reference);
		this.submitting.withdraw("alice", reference);
		assertThat(instance).isEnded().hasPassed(EVENT_WITHDRAWN, END_WITHDRAWN).hasNotPassed(EVENT_DEADLINE);
		assertThat(status(reference)).isEqualTo(SubmissionState.WITHDRAWN);
	}

	@Test
	void aProposalWithdrawnBeforeItsAcknowledgementRanIsNotDecidedAtTheDeadline() {
		CallView call = this.fixtures.openCall();
		String reference = submitted(call, SubmissionFixtures.homeMonitoring());
		ProcessInstance instance = instanceOf(reference);
		this.submitting.withdraw("alice", reference);
		this.fixtures.runAsyncJobs(reference);
		this.fixtures.fireNextTimer(reference);
		assertThat(instance).isEnded()
			.hasPassed(SubmissionProcess.GATEWAY_STILL_SUBMITTED, SubmissionProcess.END_WITHDRAWN_BEFORE_DEADLINE)
			.hasNotPassed(TASK_DECIDE_ELIGIBILITY);
		assertThat(status(reference)).isEqualTo(SubmissionState.WITHDRAWN);
	}

	@Test
	void aCallWithoutSubmissionsEndsWhenItCloses() {

		CallView call = this.fixtures.openCall();
		ProcessInstance callInstance = instanceOf(call.reference());
		this.fixtures.fireNextTimer(call.reference());
		assertThat(callInstance).isEnded().hasNotPassed(CallLifecycleProcess.EVENT_ELIGIBILITY_CHECKS_DONE);
	}

	private String submitted(CallView call, ProposalInput proposal) {
		String reference = this.drafting.draft("alice", call.reference(), proposal);
		this.drafting.upload("alice", reference, "technical-proposal", "proposal.pdf",
				org.opencall.needs.NeedFixtures.pdf());
		this.drafting.upload("alice", reference, "budget", "budget.pdf", org.opencall.needs.NeedFixtures.pdf());
		this.submitting.submit("alice", reference, null);
		return reference;
	}

	private SubmissionState status(String reference) {
		return this.queries.submission("alice", reference).status();
	}

	private static ProcessInstance instanceOf(String reference) {
		List<ProcessInstance> instances = processInstanceQuery().processInstanceBusinessKey(reference).list();
		return instances.get(0);
	}

	private int mails(String recipient, String subject) {
		return this.jdbc.sql("select count(*) from mail_outbox where recipient = :r and subject = :s")
			.param("r", recipient)
			.param("s", "[Opencall] " + subject)
			.query(Integer.class)
			.single();
	}

}
