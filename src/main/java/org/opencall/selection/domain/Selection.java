package org.opencall.selection.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;
import org.opencall.selection.domain.SelectionEvents.FundingDecisionApproved;
import org.opencall.selection.domain.SelectionEvents.FundingDecisionProposed;
import org.opencall.selection.domain.SelectionEvents.FundingDecisionSentBack;
import org.opencall.selection.domain.SelectionEvents.PanelAdjusted;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The selection of one evaluated call: the panel adjusts the ranking (each change with a
 * written justification), one officer proposes the funding decision and a second officer
 * of the programme approves it or sends it back (four eyes). Everybody who took part is
 * remembered: a redress request never reaches them.
 */
@Table("selections")
public class Selection {

	@Id
	private final UUID id;

	private final String callReference;

	private final String programmeCode;

	private SelectionStatus status;

	private final Instant openedAt;

	@MappedCollection(idColumn = "selection_id", keyColumn = "position")
	private final List<RecordedAdjustment> adjustments;

	private String proposedBy;

	private Instant proposedAt;

	private String proposalComment;

	private DecisionList proposedList;

	private String reviewedBy;

	private Instant reviewedAt;

	private String reviewComment;

	private Instant decidedAt;

	private Instant redressDeadline;

	private Set<String> participants;

	@Version
	private Integer version;

	Selection(UUID id, String callReference, String programmeCode, SelectionStatus status, Instant openedAt,
			List<RecordedAdjustment> adjustments, String proposedBy, Instant proposedAt, String proposalComment,
			DecisionList proposedList, String reviewedBy, Instant reviewedAt, String reviewComment, Instant decidedAt,
			Instant redressDeadline, Set<String> participants, Integer version) {
		this.id = id;
		this.callReference = callReference;
		this.programmeCode = programmeCode;
		this.status = status;
		this.openedAt = openedAt;
		this.adjustments = new ArrayList<>(adjustments);
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		this.proposalComment = proposalComment;
		this.proposedList = proposedList;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
		this.reviewComment = reviewComment;
		this.decidedAt = decidedAt;
		this.redressDeadline = redressDeadline;
		this.participants = new LinkedHashSet<>(participants);
		this.version = version;
	}

	public static Selection open(String callReference, String programmeCode, Instant now) {
		return new Selection(UUID.randomUUID(), callReference, programmeCode, SelectionStatus.PANEL, now, List.of(),
				null, null, null, null, null, null, null, null, null, Set.of(), null);
	}

	/**
	 * The panel changes a consensus score or a proposal's place; the ranking takes it
	 * into account from now on. Only while the decision is being prepared.
	 */
	public PanelAdjusted adjust(RecordedAdjustment adjustment) {
		requireStatus(SelectionStatus.PANEL, "adjusted");
		String justification = adjustment.justification();
		if (justification == null || justification.isBlank()) {
			throw InvalidInputException.of("justification", "is required: say why the panel changes the ranking");
		}
		this.adjustments.add(adjustment);
		this.participants.add(adjustment.adjustedBy());
		return new PanelAdjusted(this.callReference, adjustment.submissionReference(), adjustment.adjustedBy(),
				adjustment.kind(), adjustment.criterion(), adjustment.valueBefore(), adjustment.valueAfter(),
				justification.strip());
	}

	/** An officer proposes the funding decision: the ranked list as it stands now. */
	public FundingDecisionProposed propose(String officer, DecisionList list, String comment, Instant now) {
		requireStatus(SelectionStatus.PANEL, "proposed");
		this.status = SelectionStatus.PROPOSED;
		this.proposedBy = officer;
		this.proposedAt = now;
		this.proposalComment = TextRules.check("comment", comment, TextRules.NOTE);
		this.proposedList = list;
		this.participants.add(officer);
		return new FundingDecisionProposed(this.callReference, officer, this.proposalComment);
	}

	/**
	 * A second officer approves the proposed decision: it is final, and the redress
	 * window opens for the given days.
	 */
	public FundingDecisionApproved approve(String officer, String comment, Instant now, int redressDays) {
		requireSecondOfficer(officer);
		this.status = SelectionStatus.DECIDED;
		this.reviewedBy = officer;
		this.reviewedAt = now;
		this.reviewComment = TextRules.check("comment", comment, TextRules.NOTE);
		this.decidedAt = now;
		this.redressDeadline = now.plus(Duration.ofDays(redressDays));
		this.participants.add(officer);
		return new FundingDecisionApproved(this.callReference, officer, this.reviewComment,
				referencesOf(FundingOutcome.SELECTED), referencesOf(FundingOutcome.RESERVE),
				referencesOf(FundingOutcome.REJECTED));
	}

	private List<String> referencesOf(FundingOutcome outcome) {
		if (this.proposedList == null) {
			return List.of();
		}
		return this.proposedList.proposals()
			.stream()
			.filter((listed) -> outcome.name().equals(listed.outcome()))
			.map(DecisionList.Listed::submissionReference)
			.toList();
	}

	/** A second officer sends the proposed decision back to the panel, saying why. */
	public FundingDecisionSentBack sendBack(String officer, String comment, Instant now) {
		requireSecondOfficer(officer);
		if (comment == null || comment.isBlank()) {
			throw InvalidInputException.of("comment", "is required: say what the panel should change");
		}
		this.status = SelectionStatus.PANEL;
		this.reviewedBy = officer;
		this.reviewedAt = now;
		this.reviewComment = TextRules.check("comment", comment, TextRules.NOTE);
		this.proposedList = null;
		this.participants.add(officer);
		return new FundingDecisionSentBack(this.callReference, officer, this.reviewComment);
	}

	/**
	 * Whether the person adjusted the ranking, proposed, approved or sent back the
	 * decision.
	 */
	public boolean tookPart(String user) {
		return this.participants.contains(user);
	}

	/** Whether an applicant may still ask for redress. */
	public boolean redressOpenAt(Instant now) {
		return this.status == SelectionStatus.DECIDED && now.isBefore(this.redressDeadline);
	}

	/**
	 * Refuses the officer who proposed the decision (or anybody while none is proposed):
	 * the approval task is not theirs to hold.
	 */
	public void requireSecondOfficer(String officer) {
		requireStatus(SelectionStatus.PROPOSED, "approved or sent back");
		if (officer == null || officer.equals(this.proposedBy)) {
			throw new ActionForbiddenException("Four-eyes rule: the funding decision of call " + this.callReference
					+ " must be approved or sent back by an officer who did not propose it");
		}
	}

	private void requireStatus(SelectionStatus expected, String action) {
		if (this.status != expected) {
			throw new StateConflictException("The selection of call " + this.callReference + " cannot be " + action
					+ " now: " + describe(this.status));
		}
	}

	private static String describe(SelectionStatus status) {
		return switch (status) {
			case PANEL -> "the funding decision is being prepared";
			case PROPOSED -> "the funding decision is proposed and waits for a second officer";
			case DECIDED -> "the funding decision is taken";
		};
	}

	public UUID id() {
		return this.id;
	}

	public String callReference() {
		return this.callReference;
	}

	public String programmeCode() {
		return this.programmeCode;
	}

	public SelectionStatus status() {
		return this.status;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public List<RecordedAdjustment> adjustments() {
		return List.copyOf(this.adjustments);
	}

	public String proposedBy() {
		return this.proposedBy;
	}

	public Instant proposedAt() {
		return this.proposedAt;
	}

	public String proposalComment() {
		return this.proposalComment;
	}

	public DecisionList proposedList() {
		return this.proposedList;
	}

	public String reviewedBy() {
		return this.reviewedBy;
	}

	public Instant reviewedAt() {
		return this.reviewedAt;
	}

	public String reviewComment() {
		return this.reviewComment;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public Instant redressDeadline() {
		return this.redressDeadline;
	}

	public Set<String> participants() {
		return Set.copyOf(this.participants);
	}

}
