package org.opencall.calls.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.opencall.calls.domain.CallEvents.CallApproved;
import org.opencall.calls.domain.CallEvents.CallClosed;
import org.opencall.calls.domain.CallEvents.CallEvaluated;
import org.opencall.calls.domain.CallEvents.CallEvaluationStarted;
import org.opencall.calls.domain.CallEvents.CallPublished;
import org.opencall.calls.domain.CallEvents.CallSelectionDecided;
import org.opencall.calls.domain.CallEvents.CallSentBack;
import org.opencall.calls.domain.CallEvents.CallSubmittedForApproval;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An open call of a programme, from draft to closed. Each transition checks its guard and
 * tells what happened. Four-eyes rule: nobody who prepared the call (drafted, revised or
 * submitted it) may approve it or send it back. Stored with its terms, challenges and
 * criteria as one aggregate; a concurrent change is refused by its version.
 */
@Table("calls")
public class Call {

	private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

	@Id
	private final UUID id;

	private final String reference;

	private final String programmeCode;

	private final String draftedBy;

	private final Set<String> preparedBy;

	@Embedded.Empty
	private CallTerms terms;

	private CallStatus status;

	private int round;

	private String reviewedBy;

	private String reviewComment;

	private Instant publishedAt;

	private Instant closedAt;

	@Version
	private Integer version;

	public Call(UUID id, String reference, String programmeCode, CallTerms terms, CallStatus status, String draftedBy,
			Set<String> preparedBy, int round, String reviewedBy, String reviewComment, Instant publishedAt,
			Instant closedAt, Integer version) {
		this.id = id;
		this.reference = reference;
		this.programmeCode = programmeCode;
		this.terms = terms;
		this.status = status;
		this.draftedBy = draftedBy;
		this.preparedBy = new LinkedHashSet<>(preparedBy);
		this.round = round;
		this.reviewedBy = reviewedBy;
		this.reviewComment = reviewComment;
		this.publishedAt = publishedAt;
		this.closedAt = closedAt;
		this.version = version;
	}

	public static final String REFERENCE_RULE = "must be 3 to 40 capital letters, digits or dashes, e.g. HC-2027-01";

	public static boolean isValidReference(String reference) {
		return reference != null && REFERENCE.matcher(reference).matches();
	}

	/**
	 * A new draft. Its challenges are written by the officer; a challenge built from
	 * needs joins it only through {@link #attachChallenge}, so that a draft cannot claim
	 * needs nobody validated.
	 */
	public static Call draft(String reference, String programmeCode, CallTerms terms, String officer) {
		if (!isValidReference(reference)) {
			throw InvalidInputException.of("reference", REFERENCE_RULE);
		}
		List<FieldViolation> linked = new ArrayList<>();
		for (int i = 0; i < terms.challenges().size(); i++) {
			if (terms.challenges().get(i).isFromNeeds()) {
				linked.add(new FieldViolation("challenges[" + i + "].challengeId",
						"a new draft has no challenge built from needs yet; attach one from the challenge's page"));
			}
		}
		if (!linked.isEmpty()) {
			throw new InvalidInputException(linked);
		}
		return new Call(UUID.randomUUID(), reference, programmeCode, terms, CallStatus.DRAFT, officer, Set.of(officer),
				0, null, null, null, null, null);
	}

	/**
	 * Replaces the terms. A challenge built from needs keeps its link and the needs it
	 * was attached with; one left out is detached and returned. Any other challenge
	 * carries no needs.
	 */
	public List<UUID> revise(CallTerms revised, String officer) {
		requireEditable();
		Map<UUID, CallChallenge> linked = new HashMap<>();
		this.terms.challenges()
			.stream()
			.filter(CallChallenge::isFromNeeds)
			.forEach((c) -> linked.put(c.challengeId(), c));
		List<CallChallenge> challenges = new ArrayList<>();
		for (int i = 0; i < revised.challenges().size(); i++) {
			CallChallenge challenge = revised.challenges().get(i);
			if (challenge.isFromNeeds()) {
				CallChallenge existing = linked.remove(challenge.challengeId());
				if (existing == null) {
					throw InvalidInputException.of("challenges[" + i + "].challengeId",
							"is not a challenge attached to this call; attach it from the challenge's page");
				}
				challenge = new CallChallenge(challenge.title(), challenge.description(), existing.challengeId(),
						existing.needs());
			}
			else {
				challenge = new CallChallenge(challenge.title(), challenge.description());
			}
			challenges.add(challenge);
		}
		this.terms = revised.withChallenges(challenges);
		this.preparedBy.add(officer);
		return List.copyOf(linked.keySet());
	}

	/** Adds a challenge built from needs to a call being prepared. */
	public void attachChallenge(CallChallenge challenge, String officer) {
		requireEditable();
		boolean attached = this.terms.challenges()
			.stream()
			.anyMatch((c) -> challenge.challengeId().equals(c.challengeId()));
		if (!attached) {
			List<CallChallenge> challenges = new ArrayList<>(this.terms.challenges());
			challenges.add(challenge);
			this.terms = this.terms.withChallenges(challenges);
			this.preparedBy.add(officer);
		}
	}

	private void requireEditable() {
		if (!this.status.isEditable()) {
			throw new StateConflictException(
					"Call " + this.reference + " can no longer be edited (status " + this.status + ")");
		}
	}

	public CallSubmittedForApproval submitForApproval(String officer, Instant now) {
		if (!this.status.isEditable()) {
			throw new StateConflictException(
					"Call " + this.reference + " cannot be submitted for approval (status " + this.status + ")");
		}
		requireOpeningAfter(now);
		if (this.terms.challenges().isEmpty()) {
			throw InvalidInputException.of("challenges", "at least one challenge is required before approval");
		}
		this.preparedBy.add(officer);
		this.status = CallStatus.AWAITING_APPROVAL;
		this.round++;
		return new CallSubmittedForApproval(this.reference, officer, this.round);
	}

	public CallApproved approve(String approver, Instant now) {
		requireReviewableBy(approver);
		requireOpeningAfter(now);
		this.status = CallStatus.SCHEDULED;
		this.reviewedBy = approver;
		this.reviewComment = null;
		return new CallApproved(this.reference, approver);
	}

	public CallSentBack sendBack(String reviewer, String comment) {
		requireReviewableBy(reviewer);
		if (comment == null || comment.isBlank()) {
			throw InvalidInputException.of("comment", "is required when sending a call back");
		}
		String text = TextRules.check("comment", comment, TextRules.NOTE);
		this.status = CallStatus.SENT_BACK;
		this.reviewedBy = reviewer;
		this.reviewComment = text;
		return new CallSentBack(this.reference, reviewer, this.reviewComment, this.round);
	}

	public CallPublished publish(Instant now) {
		requireStatus(CallStatus.SCHEDULED, "published");
		this.status = CallStatus.OPEN;
		this.publishedAt = now;
		return new CallPublished(this.reference);
	}

	public CallClosed close(Instant now) {
		requireStatus(CallStatus.OPEN, "closed");
		this.status = CallStatus.CLOSED;
		this.closedAt = now;
		return new CallClosed(this.reference);
	}

	/**
	 * An officer of the call's programme confirmed the experts' assignment: the eligible
	 * proposals are being evaluated.
	 */
	public CallEvaluationStarted startEvaluation(String officer) {
		requireStatus(CallStatus.CLOSED, "evaluated");
		this.status = CallStatus.IN_EVALUATION;
		return new CallEvaluationStarted(this.reference, officer);
	}

	/**
	 * Every eligible proposal's evaluation is complete; the call waits for its selection.
	 */
	public CallEvaluated evaluationsComplete() {
		requireStatus(CallStatus.IN_EVALUATION, "handed over to selection");
		this.status = CallStatus.EVALUATED;
		return new CallEvaluated(this.reference);
	}

	/**
	 * Two officers of the programme decided what the call funds and every applicant has
	 * their result letter: the call's selection is decided.
	 */
	public CallSelectionDecided selectionDecided() {
		requireStatus(CallStatus.EVALUATED, "decided");
		this.status = CallStatus.DECIDED;
		return new CallSelectionDecided(this.reference);
	}

	public boolean isPreparedBy(String userId) {
		return this.preparedBy.contains(userId);
	}

	private void requireReviewableBy(String reviewer) {
		requireStatus(CallStatus.AWAITING_APPROVAL, "reviewed");
		if (reviewer == null || isPreparedBy(reviewer)) {
			throw new ActionForbiddenException("Four-eyes rule: call " + this.reference
					+ " must be reviewed by an officer who did not prepare it");
		}
	}

	private void requireOpeningAfter(Instant now) {
		if (!this.terms.opensAt().isAfter(now)) {
			throw InvalidInputException.of("opening", "is in the past; move the opening to a future time");
		}
	}

	private void requireStatus(CallStatus expected, String action) {
		if (this.status != expected) {
			throw new StateConflictException(
					"Call " + this.reference + " cannot be " + action + ": it is " + this.status + ", not " + expected);
		}
	}

	public UUID id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public String programmeCode() {
		return this.programmeCode;
	}

	public CallTerms terms() {
		return this.terms;
	}

	public CallStatus status() {
		return this.status;
	}

	public String draftedBy() {
		return this.draftedBy;
	}

	public Set<String> preparedBy() {
		return Set.copyOf(this.preparedBy);
	}

	public int round() {
		return this.round;
	}

	public String reviewedBy() {
		return this.reviewedBy;
	}

	public String reviewComment() {
		return this.reviewComment;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public Integer version() {
		return this.version;
	}

}
