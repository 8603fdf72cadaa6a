package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

import org.opencall.calls.CallDraft;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.calls.CallFixtures;
import org.opencall.evaluation.CallInvitationInput;
import org.opencall.evaluation.CallInvitationView;
import org.opencall.evaluation.CallInvitations;
import org.opencall.evaluation.ExpertAssignments;
import org.opencall.identity.Directory;
import org.opencall.identity.Roles;
import org.opencall.platform.TaskCompletion;
import org.opencall.selection.process.SelectionProcess;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalInput;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.needs.NeedFixtures;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Brings a call to the end of its evaluation the way its people do, through the
 * application's use cases and the engine's tasks: the demo experts accept the invitation,
 * the proposals are found eligible, the assignment is confirmed, every expert declares no
 * conflict and scores, and each proposal's rapporteur drafts the consensus scores asked
 * for, which the others agree to and an officer approves. The call's selection then
 * starts.
 */
@Component
public class EvaluatedCalls {

	public static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	private final CallDrafting drafting;

	private final CallReview review;

	private final SubmissionFixtures fixtures;

	private final ProposalDrafting proposals;

	private final ProposalSubmitting submitting;

	private final EligibilityDecision eligibility;

	private final CallInvitations invitations;

	private final ExpertAssignments assignments;

	private final TaskService taskService;

	private final TaskCompletion tasks;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final IdentityService identityService;

	private final Directory directory;

	EvaluatedCalls(CallDrafting drafting, CallReview review, SubmissionFixtures fixtures, ProposalDrafting proposals,
			ProposalSubmitting submitting, EligibilityDecision eligibility, CallInvitations invitations,
			ExpertAssignments assignments, TaskService taskService, TaskCompletion tasks, RuntimeService runtimeService,
			ManagementService managementService, IdentityService identityService, Directory directory) {
		this.drafting = drafting;
		this.review = review;
		this.fixtures = fixtures;
		this.proposals = proposals;
		this.submitting = submitting;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.assignments = assignments;
		this.taskService = taskService;
		this.tasks = tasks;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.identityService = identityService;
		this.directory = directory;
	}

	/**
	 * A proposal to submit: its applicant, its request and the consensus scores it gets.
	 */
	public record Proposal(String applicant, String requested, String... consensus) {
	}

	/**
	 * An open call of the founding programme with this budget (maximum grant €50,000),
	 * its proposals submitted, evaluated to these consensus scores; answers the call and
	 * the proposals' references by applicant.
	 */
	public Evaluated evaluated(String budget, List<Proposal> wanted) {
		return evaluated(budget, CallFixtures.remoteMonitoring().challenges(), (draft) -> {
		}, wanted);
	}

	/**
	 * The same, its draft written with these challenges, then handed to {@code attach}
	 * (by its reference) before it goes for approval: there a test attaches the
	 * challenges built from needs that the call carries. The proposals answer the
	 * challenge {@link SubmissionFixtures#CHALLENGE}.
	 */
	public Evaluated evaluated(String budget, List<CallDraft.Challenge> challenges, Consumer<String> attach,
			List<Proposal> wanted) {
		CallDraft remote = CallFixtures.remoteMonitoring();
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference,
				new CallDraft(remote.title(), remote.description(), challenges, new BigDecimal(budget),
						remote.maxGrant(), remote.currency(), remote.opening(), remote.deadline(), remote.timeZone(),
						remote.evaluatorsPerSubmission(), remote.criteria(), remote.overallThreshold(),
						remote.eligibility(), remote.evaluation(), remote.selection()));
		attach.accept(reference);
		CallView call = this.drafting.submitForApproval("olivia", reference);
		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);
		this.fixtures.fireNextTimer(reference);
		Map<String, String> references = new LinkedHashMap<>();
		for (Proposal proposal : wanted) {
			ProposalInput input = SubmissionFixtures.withAmount(proposal.requested());
			String submission = this.proposals.draft(proposal.applicant(), reference, input);
			this.proposals.upload(proposal.applicant(), submission, "technical-proposal", "proposal.pdf",
					NeedFixtures.pdf());
			this.proposals.upload(proposal.applicant(), submission, "budget", "budget.pdf", NeedFixtures.pdf());
			this.submitting.submit(proposal.applicant(), submission, null);
			references.put(proposal.applicant(), submission);
		}
		for (CallInvitationView invitation : this.invitations.invite("olivia", reference,
				new CallInvitationInput(EXPERTS, null))) {
			this.invitations.answer(invitation.expert(), invitation.id(), "accept", null);
		}
		this.fixtures.fireNextTimer(reference);
		for (String submission : references.values()) {
			this.fixtures.runAsyncJobs(submission);
			this.fixtures.fireNextTimer(submission);
			this.eligibility.decide("oscar", submission, true, null);
		}
		this.assignments.run("olivia", reference);
		this.assignments.confirm("olivia", reference);
		for (Proposal proposal : wanted) {
			evaluate(references.get(proposal.applicant()), proposal.consensus());
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(SelectionProcess.KEY)
				.processInstanceBusinessKey(reference)
				.count()).isEqualTo(1));
		return new Evaluated(call, references);
	}

	/** The call and its proposals' references by applicant. */
	public record Evaluated(CallView call, Map<String, String> proposals) {

		public String reference() {
			return this.call.reference();
		}

		public String of(String applicant) {
			return this.proposals.get(applicant);
		}

	}

	/**
	 * Works the proposal's running evaluation round to its end: its experts declare no
	 * conflict and score, the rapporteur drafts these consensus scores, the others agree
	 * and oscar approves. Also drives a later round, a re-evaluation by new experts.
	 */
	public void evaluate(String submission, String... consensus) {
		for (Task declaration : expertTasks(submission)) {
			this.tasks.completeAs(declaration.getAssignee(), declaration.getId(), Map.of("declaration", "noConflict"));
		}
		runJobs(submission);
		for (Task scoring : expertTasks(submission)) {
			this.tasks.completeAs(scoring.getAssignee(), scoring.getId(), scores(consensus, "Individual view"));
		}
		runJobs(submission);
		List<Task> drafts = expertTasks(submission);
		assertThat(drafts).as("the rapporteur's draft of " + submission).hasSize(1);
		this.tasks.completeAs(drafts.get(0).getAssignee(), drafts.get(0).getId(), scores(consensus, "Consensus"));
		runJobs(submission);
		for (Task answer : expertTasks(submission)) {
			this.tasks.completeAs(answer.getAssignee(), answer.getId(), Map.of("consensusAnswer", "agree"));
		}
		runJobs(submission);
		Task approval = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(submission)
			.taskCandidateUser("oscar")
			.singleResult();
		this.tasks.completeAs("oscar", approval.getId(), Map.of("moderatorDecision", "approve"));
		runJobs(submission);
	}

	private List<Task> expertTasks(String submission) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(submission).taskAssigned().list();
	}

	/** A third officer of the founding programme, who took no part in any decision. */
	public String uninvolvedOfficer() {
		String id = "ophelia" + (System.nanoTime() % 100_000);
		User user = this.identityService.newUser(id);
		user.setFirstName("Ophelia");
		user.setLastName("Officer");
		user.setEmail(id + "@opencall.example");
		user.setPassword("demo");
		this.identityService.saveUser(user);
		this.directory.grantRole(id, Roles.PROGRAMME_OFFICERS);
		this.directory.appointOfficer(CallFixtures.FOUNDING, id);
		return id;
	}

	/** Runs the asynchronous continuations of the proposal's instances. */
	public void runJobs(String businessKey) {
		for (int round = 0; round < 10; round++) {
			List<String> instances = this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(businessKey)
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.toList();
			List<String> jobs = instances.stream()
				.flatMap((instance) -> this.managementService.createJobQuery()
					.processInstanceId(instance)
					.messages()
					.list()
					.stream())
				.map((job) -> job.getId())
				.toList();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(this.managementService::executeJob);
		}
	}

	private static Map<String, Object> scores(String[] consensus, String comment) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= consensus.length; i++) {
			variables.put("score" + i, Double.valueOf(consensus[i - 1]));
			variables.put("comment" + i, comment + ": the panel's reading of criterion " + i);
		}
		variables.put("overallComment", comment + " overall");
		return variables;
	}

}
