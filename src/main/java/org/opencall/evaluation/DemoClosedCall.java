package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDraft;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallReview;
import org.opencall.calls.ReviewDecision;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's closed call, {@value #REFERENCE}, ready to evaluate: at the first start the
 * engine clock goes back five weeks and the call lives its past through the real use
 * cases (drafted by olivia, approved by oscar, opened by its timer, the four demo experts
 * invited and accepting, six companies submitting, closed by its timer, every proposal
 * found eligible by oscar); back at the present, olivia runs and confirms the optimal
 * assignment, so that eva, emil, elena and erik have conflicts to declare. The job
 * executor pauses meanwhile, so that it runs no job of this past twice. Demo profile
 * only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "opencall.demo.closed-call", havingValue = "true")
class DemoClosedCall {

	static final String REFERENCE = "HC-DEMO-02";

	static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final CallCatalogue catalogue;

	private final CallDrafting drafting;

	private final CallReview review;

	private final ProposalDrafting proposals;

	private final ProposalSubmitting submitting;

	private final EligibilityDecision eligibility;

	private final CallInvitations invitations;

	private final ExpertAssignments assignments;

	private final ProcessEngine engine;

	private final Clock clock;

	DemoClosedCall(CallCatalogue catalogue, CallDrafting drafting, CallReview review, ProposalDrafting proposals,
			ProposalSubmitting submitting, EligibilityDecision eligibility, CallInvitations invitations,
			ExpertAssignments assignments, ProcessEngine engine, Clock clock) {
		this.catalogue = catalogue;
		this.drafting = drafting;
		this.review = review;
		this.proposals = proposals;
		this.submitting = submitting;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.assignments = assignments;
		this.engine = engine;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(4)
	void seed() {
		if (this.catalogue.callsOf("olivia").stream().anyMatch((call) -> call.reference().equals(REFERENCE))) {
			return;
		}
		JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getJobExecutor();
		boolean wasActive = jobExecutor != null && jobExecutor.isActive();
		if (wasActive) {
			jobExecutor.shutdown();
		}
		try {
			livePast(this.clock.instant().minus(Duration.ofDays(35)));
		}
		finally {
			ClockUtil.reset();
			if (wasActive) {
				jobExecutor.start();
			}
		}
		this.assignments.run("olivia", REFERENCE);
		this.assignments.confirm("olivia", REFERENCE);
	}

	private void livePast(Instant start) {
		ClockUtil.setCurrentTime(Date.from(start));
		LocalDateTime now = LocalDateTime.ofInstant(start, BRUSSELS).truncatedTo(ChronoUnit.MINUTES);
		this.drafting.draft("olivia", "healthchain-founding", REFERENCE, call(now.plusHours(1), now.plusDays(28)));
		this.drafting.submitForApproval("olivia", REFERENCE);
		this.review.review("oscar", REFERENCE, ReviewDecision.APPROVE, null);
		fireTimer(REFERENCE);
		for (CallInvitationView invitation : this.invitations.invite("olivia", REFERENCE,
				new CallInvitationInput(EXPERTS, null))) {
			this.invitations.answer(invitation.expert(), invitation.id(), "accept", null);
		}
		List<String> submitted = new ArrayList<>();
		for (DemoProposals.Proposal proposal : DemoProposals.ALL) {
			ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3))));
			String reference = this.proposals.draft(proposal.applicant(), REFERENCE, proposal.input());
			this.proposals.upload(proposal.applicant(), reference, "technical-proposal", "technical-proposal.pdf",
					DemoDocument.pdf(proposal.technicalProposal()));
			this.proposals.upload(proposal.applicant(), reference, "budget", "budget.pdf",
					DemoDocument.pdf(proposal.budget()));
			this.submitting.submit(proposal.applicant(), reference, null);
			submitted.add(reference);
		}
		fireTimer(REFERENCE);
		for (String reference : submitted) {
			runMessageJobs(reference);
			fireTimer(reference);
			this.eligibility.decide("oscar", reference, true, "Complete and within the call's rules.");
			runMessageJobs(reference);
		}
	}

	private CallDraft call(LocalDateTime opening, LocalDateTime deadline) {
		return new CallDraft("AI for hospital logistics",
				"HealthChain looks for data-driven solutions that keep beds, patients and supplies moving in"
						+ " hospitals: fewer patients waiting in corridors, fewer cancelled operations, fewer"
						+ " shortages on the wards. Up to four SMEs receive a grant and pilot their solution with a"
						+ " hospital for twelve months.",
				List.of(new CallDraft.Challenge("Bed and patient flow",
						"Predict admissions and discharges so that a bed is ready when a patient needs it."),
						new CallDraft.Challenge("Medicines and supplies on the wards",
								"Know what is in stock on every ward and reorder before anything runs out.")),
				new BigDecimal("200000"), new BigDecimal("50000"), "EUR", opening, deadline, BRUSSELS.getId(), null,
				null, null);
	}

	/**
	 * Moves the engine clock to the process's one timer, if it is not yet due, and runs
	 * it.
	 */
	private void fireTimer(String businessKey) {
		ManagementService management = this.engine.getManagementService();
		Job timer = management.createJobQuery().processInstanceId(instance(businessKey)).timers().singleResult();
		if (ClockUtil.getCurrentTime().before(timer.getDuedate())) {
			ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		}
		management.executeJob(timer.getId());
	}

	/** Runs the asynchronous continuations the job executor would have run. */
	private void runMessageJobs(String businessKey) {
		ManagementService management = this.engine.getManagementService();
		for (int round = 0; round < 10; round++) {
			String instance = instance(businessKey);
			if (instance == null) {
				return;
			}
			List<Job> jobs = management.createJobQuery().processInstanceId(instance).messages().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> management.executeJob(job.getId()));
		}
	}

	private String instance(String businessKey) {
		RuntimeService runtime = this.engine.getRuntimeService();
		var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
		return (instance != null) ? instance.getId() : null;
	}

}
