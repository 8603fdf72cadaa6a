package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDraft;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallReview;
import org.opencall.calls.ReviewDecision;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.platform.TaskCompletion;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo calls' past, lived through the real use cases and the engine's tasks with the
 * engine clock moved back: a call drafted by olivia, approved by oscar, opened by its
 * timer, the demo experts invited and accepting, the demo companies submitting, closed by
 * its timer, every proposal found eligible by oscar; and, once the experts are assigned,
 * their evaluations worked to the consensus wanted. The job executor pauses meanwhile, so
 * that it runs no job of this past twice; asynchronous continuations run here, as the job
 * executor would have run them. Demo profile only.
 */
@Component
@Profile("demo")
public class DemoPast {

	/** The demo cast's experts, each invited to every demo call. */
	public static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	/**
	 * Individual scores lie this far from the consensus, in turn, so that the experts
	 * differ a little.
	 */
	private static final List<BigDecimal> NUANCES = List.of(BigDecimal.ZERO, new BigDecimal("0.5"),
			new BigDecimal("-0.5"));

	private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

	/** How long what runs after a commit, in another thread, may take. */
	private static final Duration AWAIT = Duration.ofSeconds(60);

	private final CallCatalogue catalogue;

	private final CallDrafting drafting;

	private final CallReview review;

	private final ProposalDrafting proposals;

	private final ProposalSubmitting submitting;

	private final EligibilityDecision eligibility;

	private final CallInvitations invitations;

	private final TaskCompletion tasks;

	private final ProcessEngine engine;

	DemoPast(CallCatalogue catalogue, CallDrafting drafting, CallReview review, ProposalDrafting proposals,
			ProposalSubmitting submitting, EligibilityDecision eligibility, CallInvitations invitations,
			TaskCompletion tasks, ProcessEngine engine) {
		this.catalogue = catalogue;
		this.drafting = drafting;
		this.review = review;
		this.proposals = proposals;
		this.submitting = submitting;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.tasks = tasks;
		this.engine = engine;
	}

	/** Whether olivia's programmes already have the call: a demo call is seeded once. */
	public boolean exists(String reference) {
		return this.catalogue.callsOf("olivia").stream().anyMatch((call) -> call.reference().equals(reference));
	}

	/**
	 * Runs {@code past} with the engine clock at {@code start} and the job executor
	 * paused; the clock is back at the present afterwards, whatever happens.
	 */
	public void live(Instant start, Runnable past) {
		JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getJobExecutor();
		boolean wasActive = jobExecutor != null && jobExecutor.isActive();
		if (wasActive) {
			jobExecutor.shutdown();
		}
		try {
			ClockUtil.setCurrentTime(Date.from(start));
			past.run();
		}
		finally {
			ClockUtil.reset();
			if (wasActive) {
				jobExecutor.start();
			}
		}
	}

	/** Moves the engine clock on. */
	public void later(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
	}

	/**
	 * A call of the programme from its draft to its close, the demo experts accepting its
	 * invitation and the proposals submitted three days apart, each found eligible;
	 * answers their references in the order given.
	 */
	public List<String> closedCall(String programme, String reference, CallDraft call, List<DemoProposal> proposals) {
		this.drafting.draft("olivia", programme, reference, call);
		this.drafting.submitForApproval("olivia", reference);
		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);
		fireTimer(reference);
		for (CallInvitationView invitation : this.invitations.invite("olivia", reference,
				new CallInvitationInput(EXPERTS, null))) {
			this.invitations.answer(invitation.expert(), invitation.id(), "accept", null);
		}
		List<String> submitted = new ArrayList<>();
		for (DemoProposal proposal : proposals) {
			later(Duration.ofDays(3));
			String submission = this.proposals.draft(proposal.applicant(), reference, proposal.input());
			this.proposals.upload(proposal.applicant(), submission, "technical-proposal", "technical-proposal.pdf",
					DemoDocument.pdf(proposal.technicalProposal()));
			this.proposals.upload(proposal.applicant(), submission, "budget", "budget.pdf",
					DemoDocument.pdf(proposal.budget()));
			this.submitting.submit(proposal.applicant(), submission, null);
			submitted.add(submission);
		}
		fireTimer(reference);
		for (String submission : submitted) {
			runJobs(submission);
			fireTimer(submission);
			this.eligibility.decide("oscar", submission, true, "Complete and within the call's rules.");
			runJobs(submission);
		}
		return submitted;
	}

	/**
	 * Works the assigned proposals' evaluations to these consensus results, step by step
	 * across all of them as a panel does: the experts declare no conflict, score a day
	 * later (each a little apart from the consensus), the rapporteurs draft the consensus
	 * a week after, the other experts agree the next day and the moderator approves the
	 * day after.
	 */
	public void evaluate(Map<String, Consensus> results, String moderator) {
		completeAll(results, EvaluationProcess.TASK_DECLARE_CONFLICTS,
				(consensus, position) -> Map.of(EvaluationProcess.VAR_DECLARATION, "noConflict"));
		later(Duration.ofDays(1));
		completeAll(results, EvaluationProcess.TASK_SCORE_SUBMISSION, Consensus::individually);
		later(Duration.ofDays(7));
		completeAll(results, EvaluationProcess.TASK_DRAFT_CONSENSUS, (consensus, position) -> consensus.agreed());
		later(Duration.ofDays(1));
		completeAll(results, EvaluationProcess.TASK_AGREE_CONSENSUS,
				(consensus, position) -> Map.of(EvaluationProcess.VAR_CONSENSUS_ANSWER, "agree"));
		later(Duration.ofDays(1));
		for (String submission : results.keySet()) {
			for (Task approval : tasks(submission, EvaluationProcess.TASK_APPROVE_CONSENSUS)) {
				this.tasks.completeAs(moderator, approval.getId(),
						Map.of(EvaluationProcess.VAR_MODERATOR_DECISION, "approve"));
			}
			runJobs(submission);
		}
	}

	/**
	 * Completes every such task of each proposal as its assignee, in their names' order.
	 */
	private void completeAll(Map<String, Consensus> results, String task,
			BiFunction<Consensus, Integer, Map<String, Object>> fields) {
		results.forEach((submission, consensus) -> {
			List<Task> open = tasks(submission, task);
			for (int position = 0; position < open.size(); position++) {
				Task each = open.get(position);
				this.tasks.completeAs(each.getAssignee(), each.getId(), fields.apply(consensus, position));
			}
			runJobs(submission);
		});
	}

	private List<Task> tasks(String submission, String task) {
		TaskService taskService = this.engine.getTaskService();
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(submission)
			.taskDefinitionKey(task)
			.list()
			.stream()
			.sorted(Comparator.comparing((Task each) -> String.valueOf(each.getAssignee())))
			.toList();
	}

	/**
	 * Moves the engine clock to the timer of the business key's process, if it is not yet
	 * due, and runs it.
	 */
	private void fireTimer(String businessKey) {
		ManagementService management = this.engine.getManagementService();
		Job timer = management.createJobQuery().processInstanceId(instance(businessKey)).timers().singleResult();
		if (ClockUtil.getCurrentTime().before(timer.getDuedate())) {
			ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		}
		management.executeJob(timer.getId());
	}

	/**
	 * Waits until {@code done} holds: what the demo waits for happens after a commit, in
	 * another thread, while the clock still reads the past.
	 */
	public void await(String what, BooleanSupplier done) {
		long until = System.nanoTime() + AWAIT.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() - until > 0) {
				throw new IllegalStateException(what + " did not happen within " + AWAIT);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting: " + what, ex);
			}
		}
	}

	/** Runs the asynchronous continuations the job executor would have run. */
	public void runJobs(String businessKey) {
		ManagementService management = this.engine.getManagementService();
		for (int round = 0; round < 10; round++) {
			List<String> jobs = instances(businessKey).stream()
				.flatMap((
						instance) -> management.createJobQuery().processInstanceId(instance).messages().list().stream())
				.map(Job::getId)
				.toList();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(management::executeJob);
		}
	}

	/**
	 * A call's reporting to its funder (the reporting module's process) runs beside its
	 * phases for months under the same business key; the demo drives the phases only.
	 */
	private static final String CALLS_REPORTING = "reporting";

	private String instance(String businessKey) {
		List<String> instances = instances(businessKey);
		if (instances.size() != 1) {
			throw new IllegalStateException(instances.size() + " process instances for " + businessKey);
		}
		return instances.get(0);
	}

	private List<String> instances(String businessKey) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.processDefinitionKeyNotIn(CALLS_REPORTING)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
	}

	/**
	 * The consensus a proposal's evaluation ends with: a score and a comment per
	 * criterion of the call, in its order, and an overall comment.
	 */
	public record Consensus(List<String> scores, List<String> comments, String overall) {

		public Consensus {
			scores = List.copyOf(scores);
			comments = List.copyOf(comments);
			if (scores.size() != comments.size()) {
				throw new IllegalArgumentException("a consensus has a comment for every score");
			}
		}

		/** The rapporteur's draft. */
		Map<String, Object> agreed() {
			return fields((criterion) -> new BigDecimal(this.scores.get(criterion)));
		}

		/**
		 * The scorecard of the expert at this position among the proposal's experts: each
		 * score half a point above, below or at the consensus, in turn, within 0 to 5.
		 */
		Map<String, Object> individually(int position) {
			return fields((criterion) -> new BigDecimal(this.scores.get(criterion))
				.add(NUANCES.get((position + criterion) % NUANCES.size()))
				.max(BigDecimal.ZERO)
				.min(MAX_SCORE));
		}

		private Map<String, Object> fields(IntFunction<BigDecimal> score) {
			Map<String, Object> variables = new LinkedHashMap<>();
			for (int i = 0; i < this.scores.size(); i++) {
				variables.put(EvaluationProcess.VAR_SCORE + (i + 1), score.apply(i).doubleValue());
				variables.put(EvaluationProcess.VAR_COMMENT + (i + 1), this.comments.get(i));
			}
			variables.put(EvaluationProcess.VAR_OVERALL_COMMENT, this.overall);
			return variables;
		}

	}

}
