package org.opencall.evaluation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.opencall.evaluation.domain.CallInvitationEvents.ExpertInvitedToCall;
import org.opencall.evaluation.domain.CallInvitationEvents.InvitationAccepted;
import org.opencall.evaluation.domain.CallInvitationEvents.InvitationDeclined;
import org.opencall.evaluation.domain.CallInvitationEvents.InvitationLapsed;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An officer's invitation of one approved expert to evaluate one call: the expert accepts
 * or declines (with a reason) until the deadline, after which it lapses. Only the invited
 * expert answers it. Each transition checks its guard and tells what happened.
 */
@Table("call_invitations")
public class CallInvitation {

	public static final Duration MIN_RESPONSE_TIME = Duration.ofDays(1);

	public static final Duration MAX_RESPONSE_TIME = Duration.ofDays(60);

	@Id
	private final UUID id;

	private final String callReference;

	private final String programmeCode;

	private final String callTitle;

	private final String expertId;

	private final String invitedBy;

	private final Instant invitedAt;

	private final Instant respondBy;

	private CallInvitationStatus status;

	private String declineReason;

	private Instant respondedAt;

	@Version
	private Integer version;

	public CallInvitation(UUID id, String callReference, String programmeCode, String callTitle, String expertId,
			String invitedBy, Instant invitedAt, Instant respondBy, CallInvitationStatus status, String declineReason,
			Instant respondedAt, Integer version) {
		this.id = id;
		this.callReference = callReference;
		this.programmeCode = programmeCode;
		this.callTitle = callTitle;
		this.expertId = expertId;
		this.invitedBy = invitedBy;
		this.invitedAt = invitedAt;
		this.respondBy = respondBy;
		this.status = status;
		this.declineReason = declineReason;
		this.respondedAt = respondedAt;
		this.version = version;
	}

	/**
	 * Invites an approved expert to a call; they have {@code responseTime} to answer.
	 */
	public static CallInvitation invite(CallSnapshot call, Expert expert, String officer, Duration responseTime,
			Instant now) {
		if (!expert.isApproved()) {
			throw InvalidInputException.of("experts",
					expert.userId() + " is not an approved expert of the pool (" + expert.status().label() + ")");
		}
		if (officer == null || officer.equals(expert.userId())) {
			throw new ActionForbiddenException("Nobody may invite themself to evaluate a call");
		}
		if (responseTime.compareTo(MIN_RESPONSE_TIME) < 0 || responseTime.compareTo(MAX_RESPONSE_TIME) > 0) {
			throw InvalidInputException.of("respondWithinDays",
					"must be from " + MIN_RESPONSE_TIME.toDays() + " to " + MAX_RESPONSE_TIME.toDays() + " days");
		}
		return new CallInvitation(UUID.randomUUID(), call.reference(), call.programmeCode(), call.title(),
				expert.userId(), officer, now, now.plus(responseTime), CallInvitationStatus.INVITED, null, null, null);
	}

	public ExpertInvitedToCall invited() {
		return new ExpertInvitedToCall(this.id, this.callReference, this.expertId, this.invitedBy, this.respondBy);
	}

	public InvitationAccepted accept(String expert, Instant now) {
		requireOpenFor(expert, now);
		this.status = CallInvitationStatus.ACCEPTED;
		this.respondedAt = now;
		return new InvitationAccepted(this.id, this.callReference, this.expertId);
	}

	public InvitationDeclined decline(String expert, String reason, Instant now) {
		requireOpenFor(expert, now);
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "is required when you decline");
		}
		String text = TextRules.check("reason", reason, TextRules.NOTE);
		this.status = CallInvitationStatus.DECLINED;
		this.declineReason = text;
		this.respondedAt = now;
		return new InvitationDeclined(this.id, this.callReference, this.expertId, text);
	}

	/** The deadline passed without an answer. */
	public InvitationLapsed lapse(Instant now) {
		requireInvited();
		if (now.isBefore(this.respondBy)) {
			throw new StateConflictException("The invitation " + this.id + " is open until " + this.respondBy);
		}
		this.status = CallInvitationStatus.LAPSED;
		this.respondedAt = now;
		return new InvitationLapsed(this.id, this.callReference, this.expertId);
	}

	private void requireOpenFor(String expert, Instant now) {
		if (expert == null || !expert.equals(this.expertId)) {
			throw new ActionForbiddenException("Only the invited expert answers an invitation");
		}
		requireInvited();
		if (!now.isBefore(this.respondBy)) {
			throw new StateConflictException(
					"The invitation to call " + this.callReference + " has lapsed: its deadline has passed");
		}
	}

	private void requireInvited() {
		if (this.status != CallInvitationStatus.INVITED) {
			throw new StateConflictException("The invitation to call " + this.callReference + " was answered already: "
					+ this.status.label().toLowerCase());
		}
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

	public String callTitle() {
		return this.callTitle;
	}

	public String expertId() {
		return this.expertId;
	}

	public String invitedBy() {
		return this.invitedBy;
	}

	public Instant invitedAt() {
		return this.invitedAt;
	}

	public Instant respondBy() {
		return this.respondBy;
	}

	public CallInvitationStatus status() {
		return this.status;
	}

	public String declineReason() {
		return this.declineReason;
	}

	public Instant respondedAt() {
		return this.respondedAt;
	}

	public Integer version() {
		return this.version;
	}

}
