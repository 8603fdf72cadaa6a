package org.opencall.evaluation.domain;

import java.time.Instant;

import org.opencall.evaluation.domain.ExpertEvents.ExpertApproved;
import org.opencall.evaluation.domain.ExpertEvents.ExpertProfileChanged;
import org.opencall.evaluation.domain.ExpertEvents.ExpertRegistered;
import org.opencall.evaluation.domain.ExpertEvents.ExpertRejected;
import org.opencall.evaluation.domain.ExpertEvents.ExpertWithdrew;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the expert pool, keyed by their login: registered with a profile and a
 * declaration of confidentiality, then approved or rejected by an officer, and free to
 * withdraw. Each transition checks its guard and tells what happened; a concurrent change
 * is refused by the version.
 */
@Table("experts")
public class Expert {

	@Id
	private final String userId;

	@Embedded.Empty
	private ExpertProfile profile;

	private final Instant confidentialityDeclaredAt;

	private ExpertStatus status;

	private final Instant registeredAt;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	@Version
	private Integer version;

	public Expert(String userId, ExpertProfile profile, Instant confidentialityDeclaredAt, ExpertStatus status,
			Instant registeredAt, String decidedBy, Instant decidedAt, String decisionReason, Integer version) {
		this.userId = userId;
		this.profile = profile;
		this.confidentialityDeclaredAt = confidentialityDeclaredAt;
		this.status = status;
		this.registeredAt = registeredAt;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.decisionReason = decisionReason;
		this.version = version;
	}

	/**
	 * A new expert awaiting approval; refused without the declaration of confidentiality.
	 */
	public static Expert register(String userId, ExpertProfile profile, boolean confidentialityDeclared, Instant now) {
		if (!confidentialityDeclared) {
			throw InvalidInputException.of("confidentiality",
					"must be declared: experts keep what they evaluate confidential");
		}
		return new Expert(userId, profile, now, ExpertStatus.PENDING_APPROVAL, now, null, null, null, null);
	}

	public ExpertRegistered registered() {
		return new ExpertRegistered(this.userId);
	}

	public ExpertApproved approve(String officer, Instant now) {
		requireNotThemself(officer, "approve");
		if (this.status != ExpertStatus.PENDING_APPROVAL) {
			throw new StateConflictException(
					"Expert " + this.userId + " cannot be approved: they are " + this.status.label().toLowerCase());
		}
		this.status = ExpertStatus.APPROVED;
		this.decidedBy = officer;
		this.decidedAt = now;
		this.decisionReason = null;
		return new ExpertApproved(this.userId, officer);
	}

	/**
	 * Refuses an expert awaiting approval, or takes an approved one out of the pool; the
	 * reason is required and the expert reads it.
	 */
	public ExpertRejected reject(String officer, String reason, Instant now) {
		requireNotThemself(officer, "reject");
		if (this.status != ExpertStatus.PENDING_APPROVAL && this.status != ExpertStatus.APPROVED) {
			throw new StateConflictException(
					"Expert " + this.userId + " cannot be rejected: they are " + this.status.label().toLowerCase());
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "is required when rejecting an expert");
		}
		String text = TextRules.check("reason", reason, TextRules.NOTE);
		boolean wasApproved = this.status == ExpertStatus.APPROVED;
		this.status = ExpertStatus.REJECTED;
		this.decidedBy = officer;
		this.decidedAt = now;
		this.decisionReason = text;
		return new ExpertRejected(this.userId, officer, text, wasApproved);
	}

	public ExpertWithdrew withdraw(Instant now) {
		if (this.status == ExpertStatus.WITHDRAWN || this.status == ExpertStatus.REJECTED) {
			throw new StateConflictException(
					"Expert " + this.userId + " is not in the pool: they are " + this.status.label().toLowerCase());
		}
		boolean wasApproved = this.status == ExpertStatus.APPROVED;
		this.status = ExpertStatus.WITHDRAWN;
		this.decidedBy = this.userId;
		this.decidedAt = now;
		this.decisionReason = null;
		return new ExpertWithdrew(this.userId, wasApproved);
	}

	/**
	 * Replaces the profile. An approved expert stays approved; a rejected or withdrawn
	 * one asks for approval again.
	 */
	public ExpertProfileChanged changeProfile(ExpertProfile changed) {
		this.profile = changed;
		boolean reapplies = this.status == ExpertStatus.REJECTED || this.status == ExpertStatus.WITHDRAWN;
		if (reapplies) {
			this.status = ExpertStatus.PENDING_APPROVAL;
			this.decidedBy = null;
			this.decidedAt = null;
			this.decisionReason = null;
		}
		return new ExpertProfileChanged(this.userId, this.status == ExpertStatus.PENDING_APPROVAL);
	}

	public boolean isApproved() {
		return this.status == ExpertStatus.APPROVED;
	}

	private void requireNotThemself(String officer, String action) {
		if (officer == null || officer.equals(this.userId)) {
			throw new ActionForbiddenException("Nobody may " + action + " themself as an expert");
		}
	}

	public String userId() {
		return this.userId;
	}

	public ExpertProfile profile() {
		return this.profile;
	}

	public Instant confidentialityDeclaredAt() {
		return this.confidentialityDeclaredAt;
	}

	public ExpertStatus status() {
		return this.status;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public String decisionReason() {
		return this.decisionReason;
	}

	public Integer version() {
		return this.version;
	}

}
