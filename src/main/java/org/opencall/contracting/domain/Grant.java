package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencall.contracting.domain.GrantEvents.AgreementAccepted;
import org.opencall.contracting.domain.GrantEvents.AgreementApproved;
import org.opencall.contracting.domain.GrantEvents.AgreementDeclined;
import org.opencall.contracting.domain.GrantEvents.AgreementDrafted;
import org.opencall.contracting.domain.GrantEvents.AgreementLapsed;
import org.opencall.contracting.domain.GrantEvents.AgreementPrepared;
import org.opencall.contracting.domain.GrantEvents.AgreementSentBack;
import org.opencall.contracting.domain.GrantEvents.AmendmentApproval;
import org.opencall.contracting.domain.GrantEvents.AmendmentApproved;
import org.opencall.contracting.domain.GrantEvents.AmendmentFirstApproved;
import org.opencall.contracting.domain.GrantEvents.AmendmentRefused;
import org.opencall.contracting.domain.GrantEvents.AmendmentRequested;
import org.opencall.contracting.domain.GrantEvents.GrantOpened;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The grant of one selected (or promoted) proposal: an officer drafts and prepares its
 * agreement, a second officer approves it (four eyes) or sends it back, the company
 * accepts it with its declarations or declines it before the deadline, or lets it lapse.
 * A signed agreement changes only by amendments two distinct officers approve; every
 * version is kept.
 */
@Table("grants")
public class Grant {

	/** The fewest letters of an amendment's reason. */
	public static final int MIN_AMENDMENT_REASON = 20;

	@Id
	private final UUID id;

	private final String reference;

	private final String callReference;

	private final String programmeCode;

	private final String submissionReference;

	private final UUID companyId;

	private final String companyName;

	private final String title;

	private final BigDecimal requestedAmount;

	private final String currency;

	private final String promotedFrom;

	private final Instant openedAt;

	private GrantStatus status;

	private AgreementTerms draft;

	private String preparedBy;

	private Instant preparedAt;

	private String approvedBy;

	private Instant approvedAt;

	private String sentBackBy;

	private String sentBackComment;

	private Instant offeredAt;

	private Instant acceptanceDeadline;

	private String answeredBy;

	private Instant answeredAt;

	private Set<String> declarations;

	private String declineReason;

	@MappedCollection(idColumn = "grant_id", keyColumn = "position")
	private final List<AgreementVersion> versions;

	@MappedCollection(idColumn = "grant_id", keyColumn = "position")
	private final List<Amendment> amendments;

	@Version
	private Integer version;

	Grant(UUID id, String reference, String callReference, String programmeCode, String submissionReference,
			UUID companyId, String companyName, String title, BigDecimal requestedAmount, String currency,
			String promotedFrom, Instant openedAt, GrantStatus status, AgreementTerms draft, String preparedBy,
			Instant preparedAt, String approvedBy, Instant approvedAt, String sentBackBy, String sentBackComment,
			Instant offeredAt, Instant acceptanceDeadline, String answeredBy, Instant answeredAt,
			Set<String> declarations, String declineReason, List<AgreementVersion> versions, List<Amendment> amendments,
			Integer version) {
		this.id = id;
		this.reference = reference;
		this.callReference = callReference;
		this.programmeCode = programmeCode;
		this.submissionReference = submissionReference;
		this.companyId = companyId;
		this.companyName = companyName;
		this.title = title;
		this.requestedAmount = requestedAmount;
		this.currency = currency;
		this.promotedFrom = promotedFrom;
		this.openedAt = openedAt;
		this.status = status;
		this.draft = draft;
		this.preparedBy = preparedBy;
		this.preparedAt = preparedAt;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.sentBackBy = sentBackBy;
		this.sentBackComment = sentBackComment;
		this.offeredAt = offeredAt;
		this.acceptanceDeadline = acceptanceDeadline;
		this.answeredBy = answeredBy;
		this.answeredAt = answeredAt;
		this.declarations = new LinkedHashSet<>((declarations != null) ? declarations : Set.of());
		this.declineReason = declineReason;
		this.versions = new ArrayList<>(versions);
		this.amendments = new ArrayList<>(amendments);
		this.version = version;
	}

	/**
	 * A grant opened for a selected proposal (or one promoted from the reserve list when
	 * {@code promotedFrom} names the grant whose decline or lapse made room), with its
	 * default draft.
	 */
	public static Grant open(String callReference, String programmeCode, String submissionReference, UUID companyId,
			String companyName, String title, BigDecimal requestedAmount, String currency, String promotedFrom,
			AgreementTerms draft, Instant now) {
		return new Grant(UUID.randomUUID(), referenceOf(submissionReference), callReference, programmeCode,
				submissionReference, companyId, companyName, title, requestedAmount, currency, promotedFrom, now,
				GrantStatus.PREPARING, draft, null, null, null, null, null, null, null, null, null, null, Set.of(),
				null, List.of(), List.of(), null);
	}

	/** "GA-S-000012": the grant of submission S-000012. */
	public static String referenceOf(String submissionReference) {
		return "GA-" + submissionReference;
	}

	/** An officer saves the draft; it must respect the agreement's rules. */
	public AgreementDrafted draft(String officer, AgreementTerms terms, BigDecimal maxGrant, PlanRules rules) {
		requireStatus(GrantStatus.PREPARING, "drafted");
		this.draft = AgreementRules.check(terms, this.requestedAmount, maxGrant, rules);
		return new AgreementDrafted(this.reference, this.callReference, this.submissionReference, officer,
				this.draft.amount());
	}

	/** The grant as opened, for the audit trail. */
	public GrantOpened opened() {
		return new GrantOpened(this.reference, this.callReference, this.submissionReference, this.requestedAmount,
				this.currency, this.promotedFrom);
	}

	/** An officer declares the draft ready: a second officer approves it. */
	public AgreementPrepared prepare(String officer, BigDecimal maxGrant, PlanRules rules, Instant now) {
		requireStatus(GrantStatus.PREPARING, "prepared");
		if (this.draft == null) {
			throw InvalidInputException.of("agreement", "is not drafted yet");
		}
		this.draft = AgreementRules.check(this.draft, this.requestedAmount, maxGrant, rules);
		if (this.draft.hostOrganisationId() == null) {
			// co-creation pilots the solution with its host: no host, no pilot
			throw InvalidInputException.of("hostOrganisationId",
					"is required: name the organisation that hosts the pilot before the agreement is prepared");
		}
		this.status = GrantStatus.AWAITING_APPROVAL;
		this.preparedBy = officer;
		this.preparedAt = now;
		return new AgreementPrepared(this.reference, this.callReference, this.submissionReference, officer);
	}

	/**
	 * Refuses the officer who prepared the agreement (or anybody while none is prepared):
	 * the approval is not theirs.
	 */
	public void requireSecondOfficer(String officer) {
		requireStatus(GrantStatus.AWAITING_APPROVAL, "approved or sent back");
		if (officer == null || officer.equals(this.preparedBy)) {
			throw new ActionForbiddenException("Four-eyes rule: the grant agreement " + this.reference
					+ " must be approved or sent back by an officer who did not prepare it");
		}
	}

	/**
	 * A second officer approves the agreement: it is offered to the company, which has
	 * until the end of the acceptance period to answer.
	 */
	public AgreementApproved approve(String officer, String comment, Instant now, Duration acceptancePeriod) {
		requireSecondOfficer(officer);
		TextRules.check("comment", comment, TextRules.NOTE);
		this.status = GrantStatus.OFFERED;
		this.approvedBy = officer;
		this.approvedAt = now;
		this.offeredAt = now;
		this.acceptanceDeadline = now.plus(acceptancePeriod);
		return new AgreementApproved(this.reference, this.callReference, this.submissionReference, officer,
				(comment != null && !comment.isBlank()) ? comment.strip() : null);
	}

	/** A second officer sends the agreement back to be prepared again, saying why. */
	public AgreementSentBack sendBack(String officer, String comment) {
		requireSecondOfficer(officer);
		if (comment == null || comment.isBlank()) {
			throw InvalidInputException.of("comment", "is required: say what the preparing officer should change");
		}
		this.status = GrantStatus.PREPARING;
		this.sentBackBy = officer;
		this.sentBackComment = TextRules.check("comment", comment, TextRules.NOTE).strip();
		this.preparedBy = null;
		this.preparedAt = null;
		return new AgreementSentBack(this.reference, this.callReference, this.submissionReference, officer,
				this.sentBackComment);
	}

	/**
	 * The company accepts the offer, ticking every declaration, before the deadline (by
	 * the server's clock): the agreement as approved is version 1.
	 */
	public AgreementAccepted accept(String user, Set<String> ticked, Set<String> required, Instant now) {
		requireOpenOffer(now, "accepted");
		Set<String> given = (ticked != null) ? ticked : Set.of();
		List<String> missing = required.stream().filter((d) -> !given.contains(d)).toList();
		if (!missing.isEmpty()) {
			throw InvalidInputException.of("declarations",
					"every declaration must be ticked to accept the agreement; missing: " + String.join(", ", missing));
		}
		this.status = GrantStatus.SIGNED;
		this.answeredBy = user;
		this.answeredAt = now;
		this.declarations = new LinkedHashSet<>(required);
		this.versions.add(new AgreementVersion(1, this.draft, this.preparedBy, this.approvedBy, null, null, now));
		return new AgreementAccepted(this.reference, this.callReference, this.submissionReference, user);
	}

	/** The company declines the offer before the deadline, saying why. */
	public AgreementDeclined decline(String user, String reason, Instant now) {
		requireOpenOffer(now, "declined");
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "is required: say why the company declines the grant");
		}
		this.declineReason = TextRules.check("reason", reason, TextRules.NOTE).strip();
		this.status = GrantStatus.DECLINED;
		this.answeredBy = user;
		this.answeredAt = now;
		return new AgreementDeclined(this.reference, this.callReference, this.submissionReference, user,
				this.declineReason);
	}

	/** The deadline passed without an answer. */
	public AgreementLapsed lapse(Instant now) {
		requireStatus(GrantStatus.OFFERED, "lapse");
		if (now.isBefore(this.acceptanceDeadline)) {
			throw new StateConflictException("The offer of grant " + this.reference + " is open until "
					+ this.acceptanceDeadline + ": it cannot lapse before");
		}
		this.status = GrantStatus.LAPSED;
		this.answeredAt = now;
		return new AgreementLapsed(this.reference, this.callReference, this.submissionReference);
	}

	private void requireOpenOffer(Instant now, String action) {
		requireStatus(GrantStatus.OFFERED, action);
		if (!now.isBefore(this.acceptanceDeadline)) {
			throw new StateConflictException("The offer of grant " + this.reference + " cannot be " + action
					+ " any more: its acceptance deadline " + this.acceptanceDeadline + " has passed");
		}
	}

	/**
	 * The company asks to change the signed agreement. Only dates, milestones not yet
	 * accepted, instalments not yet paid and the amount may change; the amount stays at
	 * least what was released, within the call's maximum grant and — with the other
	 * grants' commitments — within the call's budget.
	 */
	public AmendmentRequested requestAmendment(String user, String reason, AgreementTerms wanted,
			AmendmentLimits limits, PlanRules rules, Instant now) {
		requireStatus(GrantStatus.SIGNED, "amended");
		if (pendingAmendment().isPresent()) {
			throw new StateConflictException("Grant " + this.reference
					+ " already has an amendment awaiting approval: wait for the officers' answer");
		}
		String why = TextRules.check("reason", reason, TextRules.NOTE);
		if (why == null || why.strip().codePoints().filter(Character::isLetter).count() < MIN_AMENDMENT_REASON) {
			throw InvalidInputException.of("reason",
					"must say why the agreement should change, in at least " + MIN_AMENDMENT_REASON + " letters");
		}
		AgreementTerms checked = AmendmentRules.check(inForce(), wanted, limits, rules);
		int number = this.amendments.size() + 1;
		this.amendments.add(new Amendment(number, user, now, why.strip(), checked, AmendmentStatus.REQUESTED, null,
				null, null, null, null, null));
		return new AmendmentRequested(this.reference, this.callReference, this.submissionReference, number, user,
				why.strip());
	}

	/**
	 * An officer approves a requested amendment: the first approval waits for a second,
	 * distinct officer; the second puts the amended terms in force as the next version.
	 * The limits are checked again, as other grants may have changed meanwhile.
	 */
	public AmendmentApproval approveAmendment(int number, String officer, AmendmentLimits limits, PlanRules rules,
			Instant now) {
		Amendment amendment = requestedAmendment(number);
		if (amendment.firstApprover() == null) {
			this.amendments.set(number - 1, amendment.approvedFirstBy(officer, now));
			return new AmendmentFirstApproved(this.reference, this.callReference, this.submissionReference, number,
					officer);
		}
		if (amendment.firstApprover().equals(officer)) {
			throw new ActionForbiddenException("Four-eyes rule: amendment " + number + " of grant " + this.reference
					+ " needs a second officer, not the one who approved it first");
		}
		AgreementTerms terms = AmendmentRules.check(inForce(), amendment.terms(), limits, rules);
		this.amendments.set(number - 1, amendment.approvedSecondBy(officer, now));
		int next = this.versions.size() + 1;
		this.versions.add(new AgreementVersion(next, terms, amendment.firstApprover(), amendment.firstApprover(),
				officer, amendment.reason(), now));
		return new AmendmentApproved(this.reference, this.callReference, this.submissionReference, number, next,
				officer);
	}

	/** An officer refuses a requested amendment, saying why; the agreement stays. */
	public AmendmentRefused refuseAmendment(int number, String officer, String reason, Instant now) {
		Amendment amendment = requestedAmendment(number);
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "is required: say why the amendment is refused");
		}
		this.amendments.set(number - 1,
				amendment.refusedBy(officer, TextRules.check("reason", reason, TextRules.NOTE).strip(), now));
		return new AmendmentRefused(this.reference, this.callReference, this.submissionReference, number, officer,
				this.amendments.get(number - 1).refusal());
	}

	private Amendment requestedAmendment(int number) {
		if (number < 1 || number > this.amendments.size()) {
			throw new NotFoundException("Grant " + this.reference + " has no amendment " + number);
		}
		Amendment amendment = this.amendments.get(number - 1);
		if (amendment.status() != AmendmentStatus.REQUESTED) {
			throw new StateConflictException("Amendment " + number + " of grant " + this.reference
					+ " is already decided: " + amendment.status().label().toLowerCase());
		}
		return amendment;
	}

	public Optional<Amendment> pendingAmendment() {
		return this.amendments.stream().filter((a) -> a.status() == AmendmentStatus.REQUESTED).findFirst();
	}

	/**
	 * The agreement's terms in force: the last version, or the draft before signature.
	 */
	public AgreementTerms inForce() {
		return this.versions.isEmpty() ? this.draft : this.versions.get(this.versions.size() - 1).terms();
	}

	/** What the grant holds of the call's budget: its amount in force, while it holds. */
	public BigDecimal committed() {
		if (!this.status.commitsBudget()) {
			return BigDecimal.ZERO;
		}
		AgreementTerms terms = inForce();
		return (terms != null && terms.amount() != null) ? terms.amount() : this.requestedAmount;
	}

	/**
	 * A version of the agreement (the one in force when {@code number} is null); empty
	 * before signature, when only the draft exists.
	 */
	public Optional<AgreementVersion> version(Integer number) {
		if (number == null) {
			return this.versions.isEmpty() ? Optional.empty()
					: Optional.of(this.versions.get(this.versions.size() - 1));
		}
		AgreementVersion found = this.versions.stream()
			.filter((v) -> v.number() == number)
			.findFirst()
			.orElseThrow(
					() -> new NotFoundException("Grant " + this.reference + " has no agreement version " + number));
		return Optional.of(found);
	}

	private void requireStatus(GrantStatus expected, String action) {
		if (this.status != expected) {
			throw new StateConflictException(
					"Grant " + this.reference + " cannot be " + action + " now: " + this.status.label().toLowerCase());
		}
	}

	public UUID id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public String callReference() {
		return this.callReference;
	}

	public String programmeCode() {
		return this.programmeCode;
	}

	public String submissionReference() {
		return this.submissionReference;
	}

	public UUID companyId() {
		return this.companyId;
	}

	public String companyName() {
		return this.companyName;
	}

	public String title() {
		return this.title;
	}

	public BigDecimal requestedAmount() {
		return this.requestedAmount;
	}

	public String currency() {
		return this.currency;
	}

	public String promotedFrom() {
		return this.promotedFrom;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public GrantStatus status() {
		return this.status;
	}

	public AgreementTerms draft() {
		return this.draft;
	}

	public String preparedBy() {
		return this.preparedBy;
	}

	public Instant preparedAt() {
		return this.preparedAt;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public String sentBackBy() {
		return this.sentBackBy;
	}

	public String sentBackComment() {
		return this.sentBackComment;
	}

	public Instant offeredAt() {
		return this.offeredAt;
	}

	public Instant acceptanceDeadline() {
		return this.acceptanceDeadline;
	}

	public String answeredBy() {
		return this.answeredBy;
	}

	public Instant answeredAt() {
		return this.answeredAt;
	}

	public Set<String> declarations() {
		return Set.copyOf(this.declarations);
	}

	public String declineReason() {
		return this.declineReason;
	}

	public List<AgreementVersion> versions() {
		return List.copyOf(this.versions);
	}

	public List<Amendment> amendments() {
		return List.copyOf(this.amendments);
	}

}
