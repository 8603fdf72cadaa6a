package org.opencall.selection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencall.selection.domain.SelectionEvents.RedressConcluded;
import org.opencall.selection.domain.SelectionEvents.RedressDecided;
import org.opencall.selection.domain.SelectionEvents.RedressFiled;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An applicant's request for redress against the result of their proposal, filed within
 * the call's window with its grounds, reviewed by a programme officer who took no part in
 * the funding decision: rejected with reasons, or upheld, which has new experts evaluate
 * the proposal again. The decision stays final for the other proposals.
 */
@Table("redress_requests")
public class RedressRequest {

	/** Grounds shorter than this say nothing a reviewer could check. */
	static final int MIN_GROUNDS = 20;

	@Id
	private final UUID id;

	private final String submissionReference;

	private final String callReference;

	private final String programmeCode;

	private final String applicant;

	private final String grounds;

	private final Instant filedAt;

	private RedressStatus status;

	private String officer;

	private String reasons;

	private Instant decidedAt;

	private Instant concludedAt;

	private String outcomeAfter;

	@Version
	private Integer version;

	RedressRequest(UUID id, String submissionReference, String callReference, String programmeCode, String applicant,
			String grounds, Instant filedAt, RedressStatus status, String officer, String reasons, Instant decidedAt,
			Instant concludedAt, String outcomeAfter, Integer version) {
		this.id = id;
		this.submissionReference = submissionReference;
		this.callReference = callReference;
		this.programmeCode = programmeCode;
		this.applicant = applicant;
		this.grounds = grounds;
		this.filedAt = filedAt;
		this.status = status;
		this.officer = officer;
		this.reasons = reasons;
		this.decidedAt = decidedAt;
		this.concludedAt = concludedAt;
		this.outcomeAfter = outcomeAfter;
		this.version = version;
	}

	/** An applicant files a request for redress, within the window of a decided call. */
	public static RedressRequest file(String submissionReference, Selection selection, String applicant, String grounds,
			Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		String checked = TextRules.required(violations, "grounds", grounds, TextRules.NOTE);
		if (checked != null && checked.length() < MIN_GROUNDS) {
			violations.add(new FieldViolation("grounds", "must say in at least " + MIN_GROUNDS
					+ " characters what you believe went wrong in the evaluation"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		if (!selection.redressOpenAt(now)) {
			throw new StateConflictException("The redress window of call " + selection.callReference()
					+ ((selection.redressDeadline() != null) ? " closed at " + selection.redressDeadline()
							: " is not open: its funding decision is not taken yet"));
		}
		return new RedressRequest(UUID.randomUUID(), submissionReference, selection.callReference(),
				selection.programmeCode(), applicant, checked, now, RedressStatus.FILED, null, null, null, null, null,
				null);
	}

	/** The request as filed, for the audit trail. */
	public RedressFiled filed() {
		return new RedressFiled(this.submissionReference, this.callReference, this.applicant, this.grounds);
	}

	/**
	 * Whether this officer may review the request: not if they took part in the funding
	 * decision (adjusted the ranking, proposed, approved or sent it back).
	 */
	public static void requireUninvolved(String officer, Selection selection) {
		if (officer == null || selection.tookPart(officer)) {
			throw new ActionForbiddenException("A redress request is reviewed by a programme officer who took no part"
					+ " in the funding decision; " + officer + " took part in that of call "
					+ selection.callReference());
		}
	}

	/**
	 * The reviewing officer upholds the request or rejects it, with reasons either way.
	 */
	public RedressDecided decide(String officer, boolean upheld, String reasons, Instant now, Selection selection) {
		requireStatus(RedressStatus.FILED, "reviewed");
		requireUninvolved(officer, selection);
		List<FieldViolation> violations = new ArrayList<>();
		String checked = TextRules.required(violations, "reasons", reasons, TextRules.NOTE);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.status = upheld ? RedressStatus.UPHELD : RedressStatus.REJECTED;
		this.officer = officer;
		this.reasons = checked;
		this.decidedAt = now;
		return new RedressDecided(this.submissionReference, this.callReference, officer, upheld, checked);
	}

	/** The re-evaluation by new experts is complete: the applicant has its result. */
	public RedressConcluded conclude(String outcome, Instant now) {
		requireStatus(RedressStatus.UPHELD, "concluded");
		this.status = RedressStatus.CONCLUDED;
		this.outcomeAfter = outcome;
		this.concludedAt = now;
		return new RedressConcluded(this.submissionReference, this.callReference, outcome);
	}

	private void requireStatus(RedressStatus expected, String action) {
		if (this.status != expected) {
			throw new StateConflictException("The redress request of " + this.submissionReference + " cannot be "
					+ action + " now: it is " + this.status.name().toLowerCase());
		}
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

	public String applicant() {
		return this.applicant;
	}

	public String grounds() {
		return this.grounds;
	}

	public Instant filedAt() {
		return this.filedAt;
	}

	public RedressStatus status() {
		return this.status;
	}

	public String officer() {
		return this.officer;
	}

	public String reasons() {
		return this.reasons;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public Instant concludedAt() {
		return this.concludedAt;
	}

	public String outcomeAfter() {
		return this.outcomeAfter;
	}

}
