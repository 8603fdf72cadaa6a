package org.opencall.evaluation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.opencall.calls.CallView;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.stereotype.Component;

/**
 * Calls at the steps of their evaluation for tests, walked as in
 * {@code CallEvaluationApiTest}: the four demo experts invited and accepting, alice's and
 * bob's proposals found eligible.
 */
@Component
public class EvaluationFixtures {

	public static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	private final SubmissionFixtures submissions;

	private final EligibilityDecision eligibility;

	private final CallInvitations invitations;

	private final ExpertAssignments assignments;

	private final TaskService taskService;

	private final IdentityService identityService;

	EvaluationFixtures(SubmissionFixtures submissions, EligibilityDecision eligibility, CallInvitations invitations,
			ExpertAssignments assignments, TaskService taskService, IdentityService identityService) {
		this.submissions = submissions;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.assignments = assignments;
		this.taskService = taskService;
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

	private List<Task> declarations(String proposal) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(proposal)
			.taskDefinitionKey(EvaluationProcess.TASK_DECLARE_CONFLICTS)
			.list();
	}

	public record AwaitingAssignment(String reference, List<String> proposals) {
	}

}
