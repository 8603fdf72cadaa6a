package org.opencall.evaluation;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallEvaluation;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.AssignedSeats;
import org.opencall.evaluation.domain.AssigningExperts;
import org.opencall.evaluation.domain.AssignmentOutcome;
import org.opencall.evaluation.domain.AssignmentStatus;
import org.opencall.evaluation.domain.CallAssignment;
import org.opencall.evaluation.domain.CallAssignmentRepository;
import org.opencall.evaluation.domain.Candidate;
import org.opencall.evaluation.domain.ExpertAssignment;
import org.opencall.evaluation.domain.ExpertiseAffinity;
import org.opencall.evaluation.domain.ProposalToAssign;
import org.opencall.evaluation.domain.ReplacingExperts;
import org.opencall.evaluation.domain.UnsatisfiableAssignment;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers of a call's programme run the assignment of experts once its eligibility is
 * decided: the optimal assignment of the call's panel to its eligible proposals, which
 * they read, adjust by swapping experts and confirm. The confirmation starts one
 * evaluation per proposal and completes the officers' task in the call's process, in one
 * transaction.
 */
@Service
@Transactional
public class ExpertAssignments {

	private final CallCatalogue calls;

	private final CallEvaluation callEvaluation;

	private final ExpertPanel panel;

	private final ProposalsToEvaluate proposals;

	private final AssignmentInputs inputs;

	private final CallAssignmentRepository assignments;

	private final EvaluationStart evaluations;

	private final Clock clock;

	ExpertAssignments(CallCatalogue calls, CallEvaluation callEvaluation, ExpertPanel panel,
			ProposalsToEvaluate proposals, AssignmentInputs inputs, CallAssignmentRepository assignments,
			EvaluationStart evaluations, Clock clock) {
		this.calls = calls;
		this.callEvaluation = callEvaluation;
		this.panel = panel;
		this.proposals = proposals;
		this.inputs = inputs;
		this.assignments = assignments;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/**
	 * Computes the optimal assignment and keeps it as the call's proposed one (replacing
	 * an earlier proposal); refused, naming each proposal that lacks experts and why,
	 * when the panel cannot cover every eligible proposal.
	 */
	public AssignmentView run(String officer, String callReference) {
		CallView call = callAwaitingAssignment(officer, callReference);
		List<ProposalToEvaluate> eligible = this.proposals.eligibleOf(callReference);
		List<Candidate> candidates = this.inputs.candidates(this.panel.acceptedExperts(callReference));
		if (candidates.isEmpty()) {
			throw InvalidInputException.of("assignment",
					"no expert has accepted this call's invitation yet; invite experts and wait for their answers");
		}
		AssignmentOutcome outcome = new AssigningExperts(this.inputs.rules(call))
			.assign(eligible.stream().map(this.inputs::proposal).toList(), candidates, Map.of(), Set.of());
		if (outcome instanceof UnsatisfiableAssignment unsatisfiable) {
			throw new InvalidInputException(unsatisfiable.shortages()
				.stream()
				.map((shortage) -> new FieldViolation("assignment", shortage.reference() + ": " + shortage.reason()))
				.toList());
		}
		AssignedSeats seats = AssignedSeats.of((ExpertAssignment) outcome);
		CallAssignment assignment = this.assignments.findByCallReference(callReference).map((earlier) -> {
			earlier.rerun(seats, officer, this.clock.instant());
			return earlier;
		}).orElseGet(() -> CallAssignment.propose(callReference, seats, officer, this.clock.instant()));
		return view(this.assignments.save(assignment), eligible);
	}

	/**
	 * Puts another expert of the panel in an assigned expert's place on one proposal;
	 * refused when the newcomer is in conflict with it, already on it or at their
	 * maximum.
	 */
	public AssignmentView swap(String officer, String callReference, String submission, String out, String in) {
		CallView call = callAwaitingAssignment(officer, callReference);
		SwapRules.check(submission, out, in);
		CallAssignment assignment = proposed(callReference);
		List<ProposalToEvaluate> eligible = this.proposals.eligibleOf(callReference);
		ProposalToEvaluate proposal = eligible.stream()
			.filter((p) -> p.reference().equals(submission))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("submission",
					"is not an eligible proposal of call " + callReference));
		Candidate incoming = this.panel.acceptedExpert(callReference, in)
			.map(this.inputs::candidate)
			.orElseThrow(() -> InvalidInputException.of("expert",
					in + " has not accepted this call's invitation, so cannot be assigned to it"));
		ProposalToAssign weighed = this.inputs.proposal(proposal);
		Set<String> onIt = assignment.seats()
			.bySubmission()
			.getOrDefault(submission, List.of())
			.stream()
			.map(AssignedSeats.Seat::expert)
			.collect(Collectors.toSet());
		Optional<String> refusal = new ReplacingExperts(this.inputs.rules(call)).swapRefusal(weighed, incoming,
				assignment.seats().loads(), onIt, Set.of());
		if (refusal.isPresent()) {
			throw InvalidInputException.of("expert", refusal.get());
		}
		assignment.swap(submission, out, in, ExpertiseAffinity.of(incoming, weighed));
		return view(this.assignments.save(assignment), eligible);
	}

	/**
	 * Confirms the proposed assignment: every eligible proposal's evaluation starts with
	 * its experts, and the call goes into evaluation.
	 */
	public AssignmentView confirm(String officer, String callReference) {
		callAwaitingAssignment(officer, callReference);
		CallAssignment assignment = proposed(callReference);
		List<ProposalToEvaluate> eligible = this.proposals.eligibleOf(callReference);
		Map<String, List<AssignedSeats.Seat>> seats = assignment.seats().bySubmission();
		Set<String> missing = new HashSet<>();
		eligible.forEach((p) -> {
			if (!seats.containsKey(p.reference())) {
				missing.add(p.reference());
			}
		});
		if (!missing.isEmpty()) {
			throw new StateConflictException(
					"The assignment leaves out " + String.join(", ", missing.stream().sorted().toList())
							+ ", found eligible since it was run; run it again before confirming");
		}
		assignment.confirm(officer, this.clock.instant());
		CallAssignment confirmed = this.assignments.save(assignment);
		seats.forEach((submission, experts) -> this.evaluations.start(submission, callReference,
				experts.stream().map(AssignedSeats.Seat::expert).toList()));
		this.callEvaluation.start(officer, callReference);
		return view(confirmed, eligible);
	}

	/** The call's assignment, proposed or confirmed, for its officers and auditors. */
	@Transactional(readOnly = true)
	public Optional<AssignmentView> of(String userId, String callReference) {
		this.calls.officerCall(userId, callReference);
		return this.assignments.findByCallReference(callReference)
			.map((assignment) -> view(assignment, this.proposals.eligibleOf(callReference)));
	}

	private CallView callAwaitingAssignment(String officer, String callReference) {
		CallView call = this.calls.callToChange(officer, callReference);
		if (!this.callEvaluation.awaitsAssignment(callReference)) {
			throw new StateConflictException("Call " + callReference
					+ " does not wait for its experts' assignment: that comes once it is closed and every eligibility"
					+ " decision is taken, and only once");
		}
		return call;
	}

	private CallAssignment proposed(String callReference) {
		return this.assignments.findByCallReference(callReference)
			.orElseThrow(() -> new NotFoundException("No assignment run yet for call " + callReference));
	}

	private AssignmentView view(CallAssignment assignment, List<ProposalToEvaluate> eligible) {
		Map<String, AcceptedExpert> experts = this.panel.acceptedExpertsByUsername(assignment.callReference());
		Map<String, String> titles = eligible.stream()
			.collect(Collectors.toMap(ProposalToEvaluate::reference, ProposalToEvaluate::title));
		Function<String, String> name = (
				username) -> Optional.ofNullable(experts.get(username)).map(AcceptedExpert::name).orElse(username);
		List<AssignmentView.ProposalSeats> proposals = assignment.seats()
			.bySubmission()
			.entrySet()
			.stream()
			.map((entry) -> new AssignmentView.ProposalSeats(entry.getKey(), titles.getOrDefault(entry.getKey(), ""),
					entry.getValue()
						.stream()
						.map((seat) -> new AssignmentView.Seat(seat.expert(), name.apply(seat.expert()),
								seat.affinity()))
						.toList()))
			.toList();
		Map<String, Integer> loads = assignment.seats().loads();
		List<AssignmentView.ExpertLoad> loadList = experts.values()
			.stream()
			.sorted(Comparator.comparing(AcceptedExpert::username))
			.map((expert) -> new AssignmentView.ExpertLoad(expert.username(), expert.name(),
					loads.getOrDefault(expert.username(), 0), expert.maxProposalsPerCall()))
			.toList();
		return new AssignmentView(assignment.callReference(), assignment.status() == AssignmentStatus.CONFIRMED,
				assignment.proposedBy(), assignment.proposedAt(), assignment.confirmedBy(), assignment.confirmedAt(),
				proposals, loadList, assignment.seats().totalAffinity());
	}

}
