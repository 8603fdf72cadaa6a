package org.opencall.evaluation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.opencall.calls.CallView;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.platform.TaskCompletion;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.stereotype.Component;

/**
 * Calls at the steps of their evaluation for tests, walked as in
 * {@code CallEvaluationApiTest}: the four demo experts invited and accepting, alice's and
 * bob's proposals found eligible, their evaluations worked to the end; more experts
 * joining a call's panel.
 */
@Component
public class EvaluationFixtures {

	public static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	/** The password of the experts registered here. */
	public static final String PASSWORD = "correct horse battery";

	private final SubmissionFixtures submissions;

	private final EligibilityDecision eligibility;

	private final CallInvitations invitations;

	private final ExpertAssignments assignments;

	private final ExpertRegistration registration;

	private final ExpertPool pool;

	private final TaskService taskService;

	private final TaskCompletion completion;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final IdentityService identityService;

	EvaluationFixtures(SubmissionFixtures submissions, EligibilityDecision eligibility, CallInvitations invitations,
			ExpertAssignments assignments, ExpertRegistration registration, ExpertPool pool, TaskService taskService,
			TaskCompletion completion, RuntimeService runtimeService, ManagementService managementService,
			IdentityService identityService) {
		this.submissions = submissions;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.assignments = assignments;
		this.registration = registration;
		this.pool = pool;
		this.taskService = taskService;
		this.completion = completion;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.identityService = identityService;
	}

	/**
	 * A closed call whose two proposals (alice's, bob's) are eligible, waiting for its
	 * officers to assign the experts who accepted.
	 */
	public AwaitingAssignment awaitingAssignment() {
		CallView call = this.submissions.openCall();
		for (CallInvitationView invitation : this.invitations.invite("olivia", call.reference(),
				new CallInvitationInput(EXPERTS, null))) {
			this.invitations.answer(invitation.expert(), invitation.id(), "accept", null);
		}
		List<String> proposals = List.of(this.submissions.submitted("alice", call),
				this.submissions.submitted("bob", call));
		this.submissions.fireNextTimer(call.reference());
		for (String proposal : proposals) {
			this.submissions.runAsyncJobs(proposal);
			this.submissions.fireNextTimer(proposal);
			this.eligibility.decide("oscar", proposal, true, null);
		}
		return new AwaitingAssignment(call.reference(), proposals);
	}

	/** A call in evaluation: its assignment run and confirmed by olivia. */
	public AwaitingAssignment inEvaluation() {
		AwaitingAssignment call = awaitingAssignment();
		this.assignments.run("olivia", call.reference());
		this.assignments.confirm("olivia", call.reference());
		return call;
	}

	/** The experts assigned to a proposal of a call in evaluation. */
	public List<String> expertsOn(String proposal) {
		return declarations(proposal).stream().map(Task::getAssignee).toList();
	}

	/** The expert declares no conflict with the proposal, as in Tasklist. */
	public void declareNoConflict(String expert, String proposal) {
		Task task = declarations(proposal).stream()
			.filter((t) -> expert.equals(t.getAssignee()))
			.findFirst()
			.orElseThrow();
		this.identityService.setAuthenticatedUserId(expert);
		try {
			this.taskService.complete(task.getId(), Map.of("declaration", "noConflict"));
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/**
	 * Works the proposal's running evaluation to its end as its people would: every
	 * expert declares no conflict and gives each criterion {@code score}; in a consensus
	 * round the rapporteur drafts the same scores, the others agree and oscar approves.
	 */
	public void evaluate(String proposal, String score) {
		for (int step = 0; step < 20; step++) {
			runJobs(proposal);
			List<Task> open = this.taskService.createTaskQuery()
				.processDefinitionKey(EvaluationProcess.KEY)
				.processInstanceBusinessKey(proposal)
				.list();
			if (open.isEmpty()) {
				return;
			}
			for (Task task : open) {
				switch (task.getTaskDefinitionKey()) {
					case EvaluationProcess.TASK_DECLARE_CONFLICTS -> this.completion.completeAs(task.getAssignee(),
							task.getId(), Map.of("declaration", "noConflict"));
					case EvaluationProcess.TASK_SCORE_SUBMISSION, EvaluationProcess.TASK_DRAFT_CONSENSUS ->
						this.completion.completeAs(task.getAssignee(), task.getId(),
								EngineTasks.scores(score, "Sound"));
					case EvaluationProcess.TASK_AGREE_CONSENSUS -> this.completion.completeAs(task.getAssignee(),
							task.getId(), Map.of("consensusAnswer", "agree"));
					case EvaluationProcess.TASK_APPROVE_CONSENSUS ->
						this.completion.completeAs("oscar", task.getId(), Map.of("moderatorDecision", "approve"));
					default -> throw new IllegalStateException("No fixture for " + task.getTaskDefinitionKey());
				}
			}
		}
		throw new IllegalStateException("The evaluation of " + proposal + " did not end");
	}

	/**
	 * Runs the asynchronous continuations of the proposal's running evaluation, as the
	 * job executor would.
	 */
	public void runJobs(String proposal) {
		for (int round = 0; round < 10; round++) {
			ProcessInstance running = this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(EvaluationProcess.KEY)
				.processInstanceBusinessKey(proposal)
				.singleResult();
			if (running == null) {
				return;
			}
			List<Job> jobs = this.managementService.createJobQuery()
				.processInstanceId(running.getId())
				.messages()
				.list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.managementService.executeJob(job.getId()));
		}
	}

	/**
	 * An expert who registers (password {@link #PASSWORD}, e-mail
	 * {@code <username>@experts.example}), is approved by olivia, invited to the call and
	 * accepts; answers their username, unique.
	 */
	public String joinsPanel(String callReference, String name, String organisation, String country,
			List<String> keywords) {
		String username = name + System.nanoTime() % 1_000_000_000;
		this.registration.register(new ExpertRegistrationInput(username, name, "Tester", username + "@experts.example",
				PASSWORD, null, organisation, country, keywords, List.of("digital health"), 5, true));
		this.pool.approve("olivia", username);
		for (CallInvitationView invitation : this.invitations.invite("olivia", callReference,
				new CallInvitationInput(List.of(username), null))) {
			this.invitations.answer(username, invitation.id(), "accept", null);
		}
		return username;
	}

	private List<Task> declarations(String proposal) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(proposal)
			.taskDefinitionKey(EvaluationProcess.TASK_DECLARE_CONFLICTS)
			.list();
	}

	public record AwaitingAssignment(String reference, List<String> proposals) {
	}

}
