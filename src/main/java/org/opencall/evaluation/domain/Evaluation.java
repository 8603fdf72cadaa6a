package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencall.evaluation.domain.EvaluationEvents.ConflictDeclared;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusAnswered;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusApproved;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusComputed;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusDrafted;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusRoundOpened;
import org.opencall.evaluation.domain.EvaluationEvents.ConsensusSentBack;
import org.opencall.evaluation.domain.EvaluationEvents.DeclarationDeadlineMissed;
import org.opencall.evaluation.domain.EvaluationEvents.EvaluationCompleted;
import org.opencall.evaluation.domain.EvaluationEvents.EvaluationStarted;
import org.opencall.evaluation.domain.EvaluationEvents.ExpertReminded;
import org.opencall.evaluation.domain.EvaluationEvents.HandOver;
import org.opencall.evaluation.domain.EvaluationEvents.NoConflictDeclared;
import org.opencall.evaluation.domain.EvaluationEvents.RapporteurChosen;
import org.opencall.evaluation.domain.EvaluationEvents.ReevaluationStarted;
import org.opencall.evaluation.domain.EvaluationEvents.ScoreSubmitted;
import org.opencall.evaluation.domain.EvaluationEvents.ScoringOverdue;
import org.opencall.evaluation.domain.EvaluationEvents.SlotDeclined;
import org.opencall.evaluation.domain.EvaluationEvents.SlotHandedOver;
import org.opencall.evaluation.domain.EvaluationEvents.SlotLeftVacant;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The evaluation of one eligible proposal: a slot per required expert, in which the
 * expert declares conflicts of interest and then scores the call's criteria; a slot whose
 * expert declares a conflict, declines or misses the declaration deadline goes to the
 * next expert; then a consensus — the mean of the scores, or a round in which a
 * rapporteur drafts the consensus report, the other experts answer it and a programme
 * officer approves it. Each transition checks its guard (who acts, in which state, with
 * which input) and tells what happened. Stored with its criteria and slots as one
 * aggregate; a concurrent change is refused by its version.
 * <p>
 * A proposal is evaluated once per round: the first round is the call's evaluation; after
 * an upheld redress request a later round, by new experts on the same criteria and
 * settings, evaluates it again ({@link #reevaluate}).
 */
@Table("evaluations")
public class Evaluation {

	/** The scoring form shows at most this many criteria. */
	public static final int MAX_CRITERIA = 7;

	public static final String CONFLICT_DESCRIPTION = "conflictDescription";

	public static final String DECLINE_REASON = "declineReason";

	public static final String CONSENSUS_COMMENT = "consensusComment";

	public static final String MODERATOR_COMMENT = "moderatorComment";

	public static final String REEVALUATION_REASON = "reason";

	public static final int FIRST_ROUND = 1;

	@Id
	private final UUID id;

	private final String submissionReference;

	private final String callReference;

	private final String programmeCode;

	private final int round;

	@Embedded.Nullable(prefix = "reevaluation_")
	private final ReevaluationRequest reevaluationRequest;

	@MappedCollection(idColumn = "evaluation_id", keyColumn = "position")
	private final List<EvaluationCriterion> criteria;

	@Embedded.Empty
	private final EvaluationSettings settings;

	@MappedCollection(idColumn = "evaluation_id", keyColumn = "position")
	private final List<Slot> slots;

	private EvaluationStatus status;

	private Boolean consensusNeeded;

	private String chosenRapporteur;

	private ConsensusReport consensusReport;

	private Scorecard consensusScores;

	private final Instant startedAt;

	private Instant completedAt;

	@Version
	private Integer version;

	public Evaluation(UUID id, String submissionReference, String callReference, String programmeCode, int round,
			ReevaluationRequest reevaluationRequest, List<EvaluationCriterion> criteria, EvaluationSettings settings,
			List<Slot> slots, EvaluationStatus status, Boolean consensusNeeded, String chosenRapporteur,
			ConsensusReport consensusReport, Scorecard consensusScores, Instant startedAt, Instant completedAt,
			Integer version) {
		this.id = id;
		this.submissionReference = submissionReference;
		this.callReference = callReference;
		this.programmeCode = programmeCode;
		this.round = round;
		this.reevaluationRequest = reevaluationRequest;
		this.criteria = List.copyOf(criteria);
		this.settings = settings;
		this.slots = new ArrayList<>(slots);
		this.status = status;
		this.consensusNeeded = consensusNeeded;
		this.chosenRapporteur = chosenRapporteur;
		this.consensusReport = consensusReport;
		this.consensusScores = consensusScores;
		this.startedAt = startedAt;
		this.completedAt = completedAt;
		this.version = version;
	}

	/**
	 * A new evaluation with one slot per expert, in the order given (the first is the
	 * rapporteur unless an officer chooses another).
	 */
	public static Evaluation start(String submissionReference, String callReference, String programmeCode,
			List<EvaluationCriterion> criteria, EvaluationSettings settings, List<String> experts, Instant now) {
		return open(submissionReference, callReference, programmeCode, FIRST_ROUND, null, criteria, settings, experts,
				now);
	}

	/**
	 * The next round of this completed evaluation, asked for by the officer who upheld a
	 * redress request: new experts (none who held a slot of this round, now or before;
	 * the caller also keeps out those of earlier rounds) score the same criteria on the
	 * same settings, every slot assigned now.
	 */
	public Evaluation reevaluate(List<String> experts, String requestedBy, String reason, Instant now) {
		String why = requireReevaluable(requestedBy, reason);
		List<String> again = experts.stream().filter(expertsSoFar()::contains).toList();
		if (!again.isEmpty()) {
			throw InvalidInputException.of("experts", "already took part in the evaluation of "
					+ this.submissionReference + ": " + String.join(", ", again));
		}
		return open(this.submissionReference, this.callReference, this.programmeCode, this.round + 1,
				new ReevaluationRequest(requestedBy, why), this.criteria, this.settings, experts, now);
	}

	/**
	 * Refuses a re-evaluation of this round before it is complete, or without the officer
	 * who asks for it and their reason; answers the reason as kept.
	 */
	public String requireReevaluable(String requestedBy, String reason) {
		if (this.status != EvaluationStatus.COMPLETED) {
			throw new StateConflictException("The evaluation of " + this.submissionReference
					+ " is still running; it can be evaluated again once it is complete");
		}
		if (requestedBy == null || requestedBy.isBlank()) {
			throw InvalidInputException.of("requestedBy", "name the officer who asks for the re-evaluation");
		}
		return required(REEVALUATION_REASON, reason, "say why the proposal is evaluated again");
	}

	private static Evaluation open(String submissionReference, String callReference, String programmeCode, int round,
			ReevaluationRequest request, List<EvaluationCriterion> criteria, EvaluationSettings settings,
			List<String> experts, Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
			violations.add(new FieldViolation("criteria", "an evaluation scores 1 to " + MAX_CRITERIA + " criteria"));
		}
		if (experts.size() != settings.expertsPerSubmission()) {
			violations.add(new FieldViolation("experts",
					"the call asks for " + settings.expertsPerSubmission() + " experts per proposal"));
		}
		if (experts.stream().anyMatch((e) -> e == null || e.isBlank())
				|| new LinkedHashSet<>(experts).size() != experts.size()) {
			violations.add(new FieldViolation("experts", "name each expert once"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<Slot> slots = experts.stream().map((expert) -> Slot.assignedTo(expert, now)).toList();
		return new Evaluation(UUID.randomUUID(), submissionReference, callReference, programmeCode, round, request,
				criteria, settings, slots, EvaluationStatus.INDIVIDUAL, null, null, null, null, now, null, null);
	}

	/** What starting the first round tells: the proposal's experts. */
	public EvaluationStarted started() {
		return new EvaluationStarted(this.submissionReference, this.callReference,
				this.slots.stream().map(Slot::expert).toList());
	}

	/** What starting a later round tells: its new experts and who asked for it. */
	public ReevaluationStarted reevaluationStarted() {
		if (!isReevaluation()) {
			throw new StateConflictException(
					"The first evaluation of " + this.submissionReference + " is not a re-evaluation");
		}
		return new ReevaluationStarted(this.submissionReference, this.callReference, this.round,
				this.slots.stream().map(Slot::expert).toList(), this.reevaluationRequest.requestedBy());
	}

	// the individual evaluations

	public NoConflictDeclared declareNoConflict(int slot, String expert, Instant now) {
		Slot held = requireDeclaring(slot, expert);
		held.declare(SlotState.NO_CONFLICT_DECLARED, null, now);
		return new NoConflictDeclared(this.submissionReference, this.callReference, slot, expert);
	}

	public ConflictDeclared declareConflict(int slot, String expert, String description, Instant now) {
		Slot held = requireDeclaring(slot, expert);
		String why = required(CONFLICT_DESCRIPTION, description, "describe the conflict of interest");
		held.declare(SlotState.CONFLICT_DECLARED, why, now);
		return new ConflictDeclared(this.submissionReference, this.callReference, slot, expert, why);
	}

	public SlotDeclined decline(int slot, String expert, String reason, Instant now) {
		Slot held = requireDeclaring(slot, expert);
		String why = required(DECLINE_REASON, reason, "say why you decline");
		held.declare(SlotState.DECLINED, why, now);
		return new SlotDeclined(this.submissionReference, this.callReference, slot, expert, why);
	}

	/** The declaration deadline passed without a declaration. */
	public DeclarationDeadlineMissed missDeclarationDeadline(int slot, Instant now) {
		Slot held = slot(slot);
		if (held.state() != SlotState.ASSIGNED) {
			throw new StateConflictException(
					"Slot " + (slot + 1) + " of " + this.submissionReference + " is not waiting for a declaration");
		}
		held.declare(SlotState.DEADLINE_MISSED, "no declaration by the deadline", now);
		return new DeclarationDeadlineMissed(this.submissionReference, this.callReference, slot, held.expert());
	}

	/**
	 * Hands a slot its expert left to the next expert, who must be new to this proposal;
	 * without one the slot stays vacant.
	 */
	public HandOver handOver(int slot, Optional<String> next, Instant now) {
		Slot held = slot(slot);
		if (!held.state().isLeft()) {
			throw new StateConflictException(
					"Slot " + (slot + 1) + " of " + this.submissionReference + " has not been left by its expert");
		}
		if (next.isPresent() && expertsSoFar().contains(next.get())) {
			throw new StateConflictException(
					next.get() + " already took part in the evaluation of " + this.submissionReference);
		}
		String previous = held.expert();
		SlotState why = held.state();
		held.handTo(next.orElse(null), now);
		if (next.isPresent()) {
			return new SlotHandedOver(this.submissionReference, this.callReference, slot, previous, next.get(), why);
		}
		return new SlotLeftVacant(this.submissionReference, this.callReference, this.programmeCode, slot, previous,
				why);
	}

	public ScoreSubmitted score(int slot, String expert, ScoreSheet sheet, Instant now) {
		Slot held = slot(slot);
		requireStatus(EvaluationStatus.INDIVIDUAL, "scored");
		if (expert == null || !expert.equals(held.expert())) {
			boolean conflicted = held.pastHolders()
				.list()
				.stream()
				.anyMatch((p) -> p.expert().equals(expert) && p.outcome() == SlotState.CONFLICT_DECLARED);
			throw new ActionForbiddenException(conflicted
					? "You declared a conflict of interest with " + this.submissionReference + "; you may not score it"
					: "This scoring task of " + this.submissionReference + " is " + held.expert()
							+ "'s; only they may score");
		}
		switch (held.state()) {
			case ASSIGNED -> throw new StateConflictException("Declare that you have no conflict of interest with "
					+ this.submissionReference + " before you score it");
			case NO_CONFLICT_DECLARED -> {
			}
			case SCORED -> throw new StateConflictException("You already scored " + this.submissionReference);
			default -> throw new StateConflictException(
					"You left the evaluation of " + this.submissionReference + "; you may not score it");
		}
		Scorecard card = sheet.accept(this.criteria);
		held.score(card);
		return new ScoreSubmitted(this.submissionReference, this.callReference, slot, expert, card);
	}

	public ExpertReminded remind(int slot, Instant now) {
		Slot held = requireScoring(slot);
		held.reminded(now);
		return new ExpertReminded(this.submissionReference, this.callReference, slot, held.expert(),
				scoringDueAt(slot));
	}

	public ScoringOverdue escalate(int slot, Instant now) {
		Slot held = requireScoring(slot);
		held.escalated(now);
		return new ScoringOverdue(this.submissionReference, this.callReference, this.programmeCode, slot, held.expert(),
				scoringDueAt(slot));
	}

	// the consensus

	/**
	 * An officer chooses the rapporteur among the experts before the consensus round
	 * opens; otherwise it is the first expert who scored.
	 */
	public RapporteurChosen chooseRapporteur(String expert, String officer) {
		requireStatus(EvaluationStatus.INDIVIDUAL, "given a rapporteur");
		if (this.slots.stream().noneMatch((s) -> expert != null && expert.equals(s.expert()))) {
			throw InvalidInputException.of("rapporteur", "must be one of the experts of " + this.submissionReference);
		}
		this.chosenRapporteur = expert;
		return new RapporteurChosen(this.submissionReference, this.callReference, expert, officer);
	}

	/**
	 * Records whether a consensus round is needed (the consensus table decided it); if so
	 * opens it with its rapporteur. Every slot must be scored or vacant.
	 */
	public Optional<ConsensusRoundOpened> decideConsensus(boolean needed) {
		requireStatus(EvaluationStatus.INDIVIDUAL, "brought to consensus");
		if (!this.slots.stream().allMatch((s) -> s.state().isDone()) || scorecards().isEmpty()) {
			throw new StateConflictException(
					"The experts of " + this.submissionReference + " have not all scored it yet");
		}
		this.consensusNeeded = needed;
		if (!needed) {
			return Optional.empty();
		}
		List<String> scorers = scorers();
		String rapporteur = scorers.contains(this.chosenRapporteur) ? this.chosenRapporteur : scorers.get(0);
		this.status = EvaluationStatus.CONSENSUS;
		this.consensusReport = ConsensusReport.openedFor(rapporteur);
		return Optional.of(new ConsensusRoundOpened(this.submissionReference, this.callReference, rapporteur));
	}

	/** Without a consensus round, the consensus is the rounded mean of the scores. */
	public ConsensusComputed computeMeanConsensus() {
		if (!Boolean.FALSE.equals(this.consensusNeeded) || this.status != EvaluationStatus.INDIVIDUAL) {
			throw new StateConflictException(this.submissionReference + " is not to be averaged");
		}
		this.consensusScores = ConsensusRule.meanOf(this.criteria, scorecards());
		return new ConsensusComputed(this.submissionReference, this.callReference, this.consensusScores);
	}

	public ConsensusDrafted draftConsensus(String rapporteur, ScoreSheet sheet) {
		requireStatus(EvaluationStatus.CONSENSUS, "given a consensus report");
		if (rapporteur == null || !rapporteur.equals(this.consensusReport.rapporteur())) {
			throw new ActionForbiddenException("Only the rapporteur, " + this.consensusReport.rapporteur()
					+ ", drafts the consensus report of " + this.submissionReference);
		}
		this.consensusReport = this.consensusReport.drafted(sheet.accept(this.criteria));
		return new ConsensusDrafted(this.submissionReference, this.callReference, rapporteur,
				this.consensusReport.draft(), otherExperts(), this.consensusReport.agreed());
	}

	public ConsensusAnswered answerConsensus(String expert, boolean agrees, String comment, Instant now) {
		requireDraft();
		if (!otherExperts().contains(expert)) {
			throw new ActionForbiddenException(
					"Only the other experts of " + this.submissionReference + " answer its consensus report");
		}
		String text = agrees ? TextRules.check(CONSENSUS_COMMENT, comment, TextRules.NOTE)
				: required(CONSENSUS_COMMENT, comment, "say what you cannot agree with");
		this.consensusReport = this.consensusReport
			.answered(new ConsensusResponse(expert, agrees, (text == null || text.isEmpty()) ? null : text, now));
		return new ConsensusAnswered(this.submissionReference, this.callReference, expert, agrees);
	}

	public ConsensusSentBack sendBackConsensus(String officer, String comment) {
		requireModerator(officer);
		String text = required(MODERATOR_COMMENT, comment, "tell the rapporteur what to change");
		this.consensusReport = this.consensusReport.sentBack(officer, text);
		return new ConsensusSentBack(this.submissionReference, this.callReference, officer, text,
				this.consensusReport.rapporteur());
	}

	public ConsensusApproved approveConsensus(String officer, Instant now) {
		requireModerator(officer);
		this.consensusReport = this.consensusReport.approved(officer, now);
		this.consensusScores = this.consensusReport.agreed();
		return new ConsensusApproved(this.submissionReference, this.callReference, officer);
	}

	public EvaluationCompleted complete(Instant now) {
		if (this.status == EvaluationStatus.COMPLETED || this.consensusScores == null) {
			throw new StateConflictException(this.submissionReference + " has no consensus to complete with");
		}
		this.status = EvaluationStatus.COMPLETED;
		this.completedAt = now;
		return new EvaluationCompleted(this.submissionReference, this.callReference, this.round, this.consensusScores);
	}

	// what the process and the pages read

	public Slot slot(int index) {
		if (index < 0 || index >= this.slots.size()) {
			throw new StateConflictException(this.submissionReference + " has no slot " + (index + 1));
		}
		return this.slots.get(index);
	}

	public Instant declarationDueAt(int slot) {
		return slot(slot).assignedAt().plus(this.settings.declarationPeriod());
	}

	public Instant scoringDueAt(int slot) {
		return slot(slot).assignedAt().plus(this.settings.scoringPeriod());
	}

	public Instant reminderAt(int slot) {
		return scoringDueAt(slot).minus(this.settings.reminderBefore());
	}

	/**
	 * Everyone who held a slot of this proposal, now or before: none may take another.
	 */
	public Set<String> expertsSoFar() {
		Set<String> experts = new LinkedHashSet<>();
		for (Slot slot : this.slots) {
			slot.pastHolders().list().forEach((p) -> experts.add(p.expert()));
			if (slot.expert() != null) {
				experts.add(slot.expert());
			}
		}
		return experts;
	}

	/** The experts who scored, in slot order. */
	public List<String> scorers() {
		return this.slots.stream().filter((s) -> s.state() == SlotState.SCORED).map(Slot::expert).toList();
	}

	/** The experts who scored other than the rapporteur, in slot order. */
	public List<String> otherExperts() {
		String rapporteur = (this.consensusReport != null) ? this.consensusReport.rapporteur() : null;
		return scorers().stream().filter((e) -> !e.equals(rapporteur)).toList();
	}

	public List<Scorecard> scorecards() {
		return this.slots.stream().filter((s) -> s.state() == SlotState.SCORED).map(Slot::scorecard).toList();
	}

	public BigDecimal maximumSpread() {
		return ConsensusRule.maximumSpread(this.criteria, scorecards());
	}

	public boolean isConsensusApproved() {
		return this.consensusReport != null && this.consensusReport.isApproved();
	}

	private Slot requireDeclaring(int slot, String expert) {
		requireStatus(EvaluationStatus.INDIVIDUAL, "declared on");
		Slot held = slot(slot);
		if (expert == null || !expert.equals(held.expert())) {
			throw new ActionForbiddenException("This declaration of " + this.submissionReference + " is "
					+ held.expert() + "'s; only they may make it");
		}
		if (held.state() != SlotState.ASSIGNED) {
			throw new StateConflictException("You already declared on " + this.submissionReference);
		}
		return held;
	}

	private Slot requireScoring(int slot) {
		Slot held = slot(slot);
		if (held.state() != SlotState.NO_CONFLICT_DECLARED) {
			throw new StateConflictException(
					"Slot " + (slot + 1) + " of " + this.submissionReference + " is not waiting for scores");
		}
		return held;
	}

	private void requireDraft() {
		requireStatus(EvaluationStatus.CONSENSUS, "answered");
		if (!this.consensusReport.isDrafted()) {
			throw new StateConflictException(
					"The consensus report of " + this.submissionReference + " has not been drafted yet");
		}
	}

	private void requireModerator(String officer) {
		requireDraft();
		if (officer == null || expertsSoFar().contains(officer)) {
			throw new ActionForbiddenException("The consensus report of " + this.submissionReference
					+ " is moderated by an officer, not an expert");
		}
		List<String> answered = this.consensusReport.responses().stream().map(ConsensusResponse::expert).toList();
		if (!answered.containsAll(otherExperts())) {
			throw new StateConflictException(
					"The other experts of " + this.submissionReference + " have not all answered the report yet");
		}
	}

	private void requireStatus(EvaluationStatus expected, String action) {
		if (this.status != expected) {
			throw new StateConflictException(
					"The evaluation of " + this.submissionReference + " cannot be " + action + " now");
		}
	}

	private static String required(String field, String text, String reason) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(field, reason);
		}
		return TextRules.check(field, text, TextRules.NOTE);
	}

	public UUID id() {
		return this.id;
	}

	public String submissionReference() {
		return this.submissionReference;
	}

	public String callReference() {
		return this.callReference;
	}

	public String programmeCode() {
		return this.programmeCode;
	}

	/** 1 for the call's evaluation of the proposal, 2 and on for its re-evaluations. */
	public int round() {
		return this.round;
	}

	public boolean isReevaluation() {
		return this.round > FIRST_ROUND;
	}

	/** Who asked for this round and why; empty for a first round. */
	public Optional<ReevaluationRequest> reevaluationRequest() {
		return Optional.ofNullable(this.reevaluationRequest);
	}

	public List<EvaluationCriterion> criteria() {
		return this.criteria;
	}

	public EvaluationSettings settings() {
		return this.settings;
	}

	public List<Slot> slots() {
		return List.copyOf(this.slots);
	}

	public EvaluationStatus status() {
		return this.status;
	}

	public Boolean consensusNeeded() {
		return this.consensusNeeded;
	}

	public String chosenRapporteur() {
		return this.chosenRapporteur;
	}

	public ConsensusReport consensusReport() {
		return this.consensusReport;
	}

	public Scorecard consensusScores() {
		return this.consensusScores;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public Integer version() {
		return this.version;
	}

}
