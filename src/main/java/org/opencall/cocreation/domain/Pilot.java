package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencall.cocreation.domain.CoCreationEvents.DeliverableReviewed;
import org.opencall.cocreation.domain.CoCreationEvents.DeliverableSubmitted;
import org.opencall.cocreation.domain.CoCreationEvents.KickOffHeld;
import org.opencall.cocreation.domain.CoCreationEvents.PaymentReleased;
import org.opencall.cocreation.domain.CoCreationEvents.PilotClosed;
import org.opencall.contracting.GrantTerms;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The pilot of one signed grant with its host organisation: the kick-off, where the
 * host's need owners join; each milestone's deliverable submitted by the company and
 * co-reviewed by a project officer and the host (accepted only when both accept); the
 * payments its signature and accepted milestones make due, each released by a second
 * officer and never above the grant; and the final review of the outcome against the
 * need, once every milestone is accepted.
 */
@Table("pilots")
public class Pilot {

	@Id
	private final UUID id;

	private final String grantReference;

	private final String callReference;

	private final String programmeCode;

	private final String submissionReference;

	private String title;

	private final UUID companyId;

	private final String company;

	private final UUID hostOrganisationId;

	private final String hostOrganisation;

	private final Set<String> needReferences;

	private BigDecimal amount;

	private final String currency;

	private LocalDate startDate;

	private LocalDate endDate;

	private int agreementVersion;

	private PilotStatus status;

	private final Instant openedAt;

	private LocalDate kickOffDate;

	private String kickOffNotes;

	private String kickOffBy;

	private Instant kickOffAt;

	private final Set<String> needOwners;

	@MappedCollection(idColumn = "pilot_id", keyColumn = "position")
	private final List<Milestone> milestones;

	@MappedCollection(idColumn = "pilot_id", keyColumn = "position")
	private final List<Deliverable> deliverables;

	@MappedCollection(idColumn = "pilot_id", keyColumn = "position")
	private final List<Indicator> indicators;

	@MappedCollection(idColumn = "pilot_id", keyColumn = "position")
	private final List<Payment> payments;

	private Outcome outcome;

	private String outcomeSummary;

	private String closedBy;

	private Instant closedAt;

	@Version
	private Integer version;

	Pilot(UUID id, String grantReference, String callReference, String programmeCode, String submissionReference,
			String title, UUID companyId, String company, UUID hostOrganisationId, String hostOrganisation,
			Set<String> needReferences, BigDecimal amount, String currency, LocalDate startDate, LocalDate endDate,
			int agreementVersion, PilotStatus status, Instant openedAt, LocalDate kickOffDate, String kickOffNotes,
			String kickOffBy, Instant kickOffAt, Set<String> needOwners, List<Milestone> milestones,
			List<Deliverable> deliverables, List<Indicator> indicators, List<Payment> payments, Outcome outcome,
			String outcomeSummary, String closedBy, Instant closedAt, Integer version) {
		this.id = id;
		this.grantReference = grantReference;
		this.callReference = callReference;
		this.programmeCode = programmeCode;
		this.submissionReference = submissionReference;
		this.title = title;
		this.companyId = companyId;
		this.company = company;
		this.hostOrganisationId = hostOrganisationId;
		this.hostOrganisation = hostOrganisation;
		this.needReferences = new LinkedHashSet<>(needReferences);
		this.amount = amount;
		this.currency = currency;
		this.startDate = startDate;
		this.endDate = endDate;
		this.agreementVersion = agreementVersion;
		this.status = status;
		this.openedAt = openedAt;
		this.kickOffDate = kickOffDate;
		this.kickOffNotes = kickOffNotes;
		this.kickOffBy = kickOffBy;
		this.kickOffAt = kickOffAt;
		this.needOwners = new LinkedHashSet<>(needOwners);
		this.milestones = new ArrayList<>(milestones);
		this.deliverables = new ArrayList<>(deliverables);
		this.indicators = new ArrayList<>(indicators);
		this.payments = new ArrayList<>(payments);
		this.outcome = outcome;
		this.outcomeSummary = outcomeSummary;
		this.closedBy = closedBy;
		this.closedAt = closedAt;
		this.version = version;
	}

	/**
	 * The pilot of a grant just signed, on its terms: every milestone open, every
	 * instalment planned but those due at signature, which the agreement's preparer made
	 * due.
	 */
	public static Pilot open(GrantTerms terms, Instant now) {
		Pilot pilot = new Pilot(UUID.randomUUID(), terms.grantReference(), terms.callReference(), terms.programmeCode(),
				terms.submissionReference(), terms.title(), terms.companyId(), terms.company(),
				terms.hostOrganisationId(), terms.hostOrganisation(), new LinkedHashSet<>(terms.needReferences()),
				terms.amount(), terms.currency(), terms.startDate(), terms.endDate(), terms.agreementVersion(),
				PilotStatus.KICK_OFF, now, null, null, null, null, Set.of(), List.of(), List.of(), List.of(), List.of(),
				null, null, null, null, null);
		for (GrantTerms.Milestone milestone : terms.milestones()) {
			pilot.milestones.add(new Milestone(milestone.number(), milestone.title(), milestone.deliverable(),
					milestone.dueDate(), MilestoneStatus.OPEN, null));
		}
		for (GrantTerms.Indicator indicator : terms.indicators()) {
			pilot.indicators
				.add(new Indicator(indicator.name(), indicator.unit(), indicator.baseline(), indicator.target(), null));
		}
		for (GrantTerms.Instalment instalment : terms.instalments()) {
			Payment payment = planned(instalment);
			pilot.payments
				.add(Payment.AT_SIGNATURE.equals(payment.trigger()) ? payment.due(terms.preparedBy(), now) : payment);
		}
		return pilot;
	}

	private static Payment planned(GrantTerms.Instalment instalment) {
		String trigger = GrantTerms.AT_SIGNATURE.equals(instalment.trigger()) ? Payment.AT_SIGNATURE
				: Payment.AFTER_MILESTONE;
		return new Payment(instalment.number(), trigger,
				Payment.AT_SIGNATURE.equals(trigger) ? null : instalment.milestone(), instalment.percent(),
				instalment.amount(), PaymentStatus.PLANNED, null, null, null, null, null);
	}

	/**
	 * An officer held the kick-off with the host organisation on a date within the
	 * grant's period; the host's need owners join the pilot.
	 */
	public KickOffHeld holdKickOff(String officer, LocalDate date, String notes, Set<String> hostNeedOwners,
			Instant now) {
		requireStatus(PilotStatus.KICK_OFF, "kicked off");
		if (date == null) {
			throw InvalidInputException.of("kickOffDate", "is required: the day the kick-off was held");
		}
		if (date.isBefore(this.startDate) || date.isAfter(this.endDate)) {
			throw InvalidInputException.of("kickOffDate",
					"must be within the grant's period, " + this.startDate + " to " + this.endDate);
		}
		this.kickOffNotes = TextRules.check("kickOffNotes", notes, TextRules.NOTE);
		this.kickOffDate = date;
		this.kickOffBy = officer;
		this.kickOffAt = now;
		this.needOwners.addAll(hostNeedOwners);
		this.status = PilotStatus.RUNNING;
		return new KickOffHeld(this.grantReference, this.callReference, this.submissionReference, officer);
	}

	/**
	 * The company submits the deliverable of the milestone now due: a report, at least
	 * one document, and the readings of the indicators (numbers).
	 */
	public DeliverableSubmitted submitDeliverable(String user, int milestone, String report,
			DeliverableDocuments documents, Map<String, String> readings, Instant now) {
		checkDeliverable(milestone, report, documents, readings);
		Map<String, BigDecimal> values = Readings.parse("readings", readings, this.indicators, false);
		int index = indexOf(milestone);
		this.milestones.set(index, this.milestones.get(index).withStatus(MilestoneStatus.SUBMITTED, null));
		this.deliverables.add(new Deliverable(milestone, report.strip(), documents, new Readings(values), user, now,
				null, null, null, null, null, null, null, null));
		return new DeliverableSubmitted(this.grantReference, this.callReference, this.submissionReference, milestone,
				user);
	}

	/**
	 * Refuses, before anything is stored, a deliverable the pilot cannot take: before the
	 * kick-off or after the close, for an unknown, accepted, under-review or later
	 * milestone, without a report or a document.
	 */
	public void checkDeliverable(int milestone, String report, DeliverableDocuments documents,
			Map<String, String> readings) {
		requireStatus(PilotStatus.RUNNING, "given a deliverable");
		Milestone target = milestone(milestone)
			.orElseThrow(() -> InvalidInputException.of("milestone", "is not a milestone of this grant"));
		if (target.isAccepted()) {
			throw InvalidInputException.of("milestone",
					"milestone " + milestone + " is accepted already: its deliverable cannot change");
		}
		if (target.status() == MilestoneStatus.SUBMITTED) {
			throw InvalidInputException.of("milestone",
					"the deliverable of milestone " + milestone + " is under review");
		}
		Milestone current = currentMilestone().orElseThrow();
		if (current.number() != milestone) {
			throw InvalidInputException.of("milestone", "milestone " + current.number() + " is due first");
		}
		List<FieldViolation> violations = new ArrayList<>();
		TextRules.required(violations, "report", report, TextRules.NOTE);
		if (documents == null || documents.documents().isEmpty()) {
			violations.add(new FieldViolation("documents", "at least one PDF document is required"));
		}
		try {
			Readings.parse("readings", readings, this.indicators, false);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** The project officer's verdict on the deliverable under review. */
	public DeliverableReviewed review(String officer, String verdict, String comment, Instant now) {
		Deliverable deliverable = underReview();
		if (deliverable.officerVerdict() != null) {
			throw new StateConflictException("The officer's verdict on this deliverable is given already");
		}
		Verdict checked = checkVerdict(verdict, comment);
		return record(deliverable.reviewedByOfficer(checked, clean(comment), officer, now), officer, checked, now);
	}

	/** The host's verdict (one of its need owners) on the deliverable under review. */
	public DeliverableReviewed coReview(String needOwner, String verdict, String comment, Instant now) {
		Deliverable deliverable = underReview();
		if (deliverable.hostVerdict() != null) {
			throw new StateConflictException("The host's verdict on this deliverable is given already");
		}
		Verdict checked = checkVerdict(verdict, comment);
		return record(deliverable.reviewedByHost(checked, clean(comment), needOwner, now), needOwner, checked, now);
	}

	private DeliverableReviewed record(Deliverable reviewed, String reviewer, Verdict verdict, Instant now) {
		this.deliverables.set(this.deliverables.size() - 1, reviewed);
		int index = indexOf(reviewed.milestone());
		if (reviewed.isReviewed()) {
			if (reviewed.isAccepted()) {
				this.milestones.set(index, this.milestones.get(index).withStatus(MilestoneStatus.ACCEPTED, now));
				makeDue(reviewed.milestone(), reviewed.officer(), now);
			}
			else {
				this.milestones.set(index, this.milestones.get(index).withStatus(MilestoneStatus.REVISION, null));
			}
		}
		return new DeliverableReviewed(this.grantReference, this.callReference, this.submissionReference,
				reviewed.milestone(), reviewer, verdict, reviewed.isReviewed());
	}

	private void makeDue(int milestone, String officer, Instant now) {
		for (int i = 0; i < this.payments.size(); i++) {
			Payment payment = this.payments.get(i);
			if (payment.status() == PaymentStatus.PLANNED && Payment.AFTER_MILESTONE.equals(payment.trigger())
					&& Integer.valueOf(milestone).equals(payment.milestone())) {
				this.payments.set(i, payment.due(officer, now));
			}
		}
	}

	private static Verdict checkVerdict(String verdict, String comment) {
		Verdict checked = Verdict.of(verdict)
			.orElseThrow(() -> InvalidInputException.of("verdict", "must be accept or revise"));
		TextRules.check("comment", comment, TextRules.NOTE);
		if (checked == Verdict.REVISE && (comment == null || comment.isBlank())) {
			throw InvalidInputException.of("comment", "is required: tell the company what to revise");
		}
		return checked;
	}

	private static String clean(String comment) {
		return (comment == null || comment.isBlank()) ? null : comment.strip();
	}

	/**
	 * Binds the next due payment that no release task holds yet to this task, so that the
	 * task releases that payment and no other; answers its number.
	 */
	public Optional<Integer> bindRelease(String taskId) {
		for (int i = 0; i < this.payments.size(); i++) {
			Payment payment = this.payments.get(i);
			if (payment.status() == PaymentStatus.DUE && payment.releaseTask() == null) {
				this.payments.set(i, payment.boundTo(taskId));
				return Optional.of(payment.number());
			}
		}
		return Optional.empty();
	}

	/** Whether a due payment waits for a release task. */
	public boolean hasPaymentToBind() {
		return this.payments.stream().anyMatch((p) -> p.status() == PaymentStatus.DUE && p.releaseTask() == null);
	}

	/**
	 * Refuses the officer whose action made the payment due (or an officer for a payment
	 * not due): a second officer releases it.
	 */
	public void requireReleaser(int number, String officer) {
		Payment payment = payment(number);
		if (payment.status() == PaymentStatus.PLANNED) {
			throw new StateConflictException("Payment " + number + " of grant " + this.grantReference + " is not due: "
					+ payment.triggerLabel().toLowerCase() + " has not happened");
		}
		if (officer == null || officer.equals(payment.madeDueBy())) {
			throw new ActionForbiddenException("Four-eyes rule: payment " + number + " of grant " + this.grantReference
					+ " is released by an officer other than " + payment.madeDueBy() + ", who made it due");
		}
	}

	/**
	 * A second officer releases a due payment, never above what remains of the grant. A
	 * payment released already stays as it was: the answer says so and nothing changes.
	 */
	public Optional<PaymentReleased> release(int number, String officer, Instant now) {
		Payment payment = payment(number);
		if (payment.isReleased()) {
			return Optional.empty();
		}
		requireReleaser(number, officer);
		Ledger ledger = ledger();
		if (payment.amount().compareTo(ledger.remaining()) > 0) {
			throw InvalidInputException.of("amount", "payment " + number + " of " + payment.amount()
					+ " is above what remains of the grant, " + ledger.remaining());
		}
		this.payments.set(this.payments.indexOf(payment), payment.released(officer, now));
		return Optional.of(new PaymentReleased(this.grantReference, this.callReference, this.submissionReference,
				number, payment.amount(), officer));
	}

	/**
	 * An officer closes the pilot once every milestone is accepted: its outcome against
	 * the need, every indicator's final value and a summary.
	 */
	public PilotClosed close(String officer, String outcome, Map<String, String> finalValues, String summary,
			Instant now) {
		requireStatus(PilotStatus.RUNNING, "closed");
		Optional<Milestone> open = currentMilestone();
		if (open.isPresent()) {
			throw new StateConflictException("The pilot of grant " + this.grantReference
					+ " cannot be closed yet: milestone " + open.get().number() + " is not accepted");
		}
		List<FieldViolation> violations = new ArrayList<>();
		Optional<Outcome> checked = Outcome.of(outcome);
		if (checked.isEmpty()) {
			violations.add(new FieldViolation("outcome", "must be solved, partly solved or not solved"));
		}
		String text = TextRules.required(violations, "summary", summary, TextRules.NOTE);
		Map<String, BigDecimal> values = Map.of();
		try {
			values = Readings.parse("finalValues", finalValues, this.indicators, true);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		for (int i = 0; i < this.indicators.size(); i++) {
			Indicator indicator = this.indicators.get(i);
			this.indicators.set(i, indicator.withFinalValue(values.get(indicator.name())));
		}
		this.outcome = checked.get();
		this.outcomeSummary = text;
		this.closedBy = officer;
		this.closedAt = now;
		this.status = PilotStatus.CLOSED;
		return new PilotClosed(this.grantReference, this.callReference, this.submissionReference, this.outcome,
				officer);
	}

	/**
	 * Takes an amended agreement's terms: the milestones not accepted and the payments
	 * not released follow the new terms; what was accepted or released stays as it was. A
	 * payment whose trigger has happened already is due (made due by whoever made it due
	 * before, or by the amendment's preparer).
	 */
	public void amend(GrantTerms terms, Instant now) {
		if (terms.agreementVersion() <= this.agreementVersion) {
			return;
		}
		this.agreementVersion = terms.agreementVersion();
		this.title = terms.title();
		this.amount = terms.amount();
		this.startDate = terms.startDate();
		this.endDate = terms.endDate();
		List<Milestone> kept = new ArrayList<>();
		for (GrantTerms.Milestone milestone : terms.milestones()) {
			Optional<Milestone> existing = milestone(milestone.number());
			if (existing.isPresent() && existing.get().isAccepted()) {
				kept.add(existing.get());
			}
			else {
				kept.add(new Milestone(milestone.number(), milestone.title(), milestone.deliverable(),
						milestone.dueDate(), existing.map(Milestone::status).orElse(MilestoneStatus.OPEN), null));
			}
		}
		this.milestones.stream()
			.filter((m) -> m.isAccepted() && kept.stream().noneMatch((k) -> k.number() == m.number()))
			.forEach(kept::add);
		kept.sort(Comparator.comparingInt(Milestone::number));
		this.milestones.clear();
		this.milestones.addAll(kept);
		List<Payment> payments = new ArrayList<>();
		this.payments.stream().filter(Payment::isReleased).forEach(payments::add);
		for (GrantTerms.Instalment instalment : terms.instalments()) {
			if (payments.stream().anyMatch((p) -> p.number() == instalment.number())) {
				continue;
			}
			Payment planned = planned(instalment);
			Optional<Payment> before = this.payments.stream()
				.filter((p) -> p.number() == instalment.number())
				.findFirst();
			if (triggered(planned)) {
				String by = before.filter((p) -> p.madeDueBy() != null)
					.map(Payment::madeDueBy)
					.orElse(terms.preparedBy());
				Payment due = planned.due(by, before.map(Payment::dueAt).filter((d) -> d != null).orElse(now));
				payments.add(due.boundTo(before.map(Payment::releaseTask).orElse(null)));
			}
			else {
				payments.add(planned);
			}
		}
		payments.sort(Comparator.comparingInt(Payment::number));
		this.payments.clear();
		this.payments.addAll(payments);
	}

	private boolean triggered(Payment payment) {
		return Payment.AT_SIGNATURE.equals(payment.trigger())
				|| milestone(payment.milestone()).map(Milestone::isAccepted).orElse(false);
	}

	/** The first milestone not accepted yet, in number order: the one now due. */
	public Optional<Milestone> currentMilestone() {
		return this.milestones.stream().filter((m) -> !m.isAccepted()).min(Comparator.comparingInt(Milestone::number));
	}

	/** Whether the last deliverable reviewed by both was accepted. */
	public boolean lastDeliverableAccepted() {
		return latestDeliverable().map(Deliverable::isAccepted).orElse(false);
	}

	public Optional<Deliverable> latestDeliverable() {
		return this.deliverables.isEmpty() ? Optional.empty()
				: Optional.of(this.deliverables.get(this.deliverables.size() - 1));
	}

	public Ledger ledger() {
		return Ledger.of(this.amount, this.payments);
	}

	public Optional<Milestone> milestone(Integer number) {
		return this.milestones.stream().filter((m) -> number != null && m.number() == number).findFirst();
	}

	public Payment payment(int number) {
		return this.payments.stream()
			.filter((p) -> p.number() == number)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("payment", "is not a payment of this grant"));
	}

	/** The payment a release task was bound to. */
	public Optional<Payment> paymentOfTask(String taskId) {
		return this.payments.stream().filter((p) -> taskId != null && taskId.equals(p.releaseTask())).findFirst();
	}

	private Deliverable underReview() {
		requireStatus(PilotStatus.RUNNING, "reviewed");
		return latestDeliverable().filter((d) -> !d.isReviewed())
			.filter((d) -> milestone(d.milestone()).map((m) -> m.status() == MilestoneStatus.SUBMITTED).orElse(false))
			.orElseThrow(() -> new StateConflictException(
					"Grant " + this.grantReference + " has no deliverable waiting for review"));
	}

	private int indexOf(int milestone) {
		for (int i = 0; i < this.milestones.size(); i++) {
			if (this.milestones.get(i).number() == milestone) {
				return i;
			}
		}
		throw InvalidInputException.of("milestone", "is not a milestone of this grant");
	}

	private void requireStatus(PilotStatus expected, String action) {
		if (this.status != expected) {
			throw new StateConflictException("The pilot of grant " + this.grantReference + " cannot be " + action
					+ " now: " + this.status.label().toLowerCase());
		}
	}

	public UUID id() {
		return this.id;
	}

	public String grantReference() {
		return this.grantReference;
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

	public String title() {
		return this.title;
	}

	public UUID companyId() {
		return this.companyId;
	}

	public String company() {
		return this.company;
	}

	public UUID hostOrganisationId() {
		return this.hostOrganisationId;
	}

	public String hostOrganisation() {
		return this.hostOrganisation;
	}

	public Set<String> needReferences() {
		return Set.copyOf(this.needReferences);
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public LocalDate startDate() {
		return this.startDate;
	}

	public LocalDate endDate() {
		return this.endDate;
	}

	public int agreementVersion() {
		return this.agreementVersion;
	}

	public PilotStatus status() {
		return this.status;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public LocalDate kickOffDate() {
		return this.kickOffDate;
	}

	public String kickOffNotes() {
		return this.kickOffNotes;
	}

	public String kickOffBy() {
		return this.kickOffBy;
	}

	public Instant kickOffAt() {
		return this.kickOffAt;
	}

	public Set<String> needOwners() {
		return Set.copyOf(this.needOwners);
	}

	public List<Milestone> milestones() {
		return List.copyOf(this.milestones);
	}

	public List<Deliverable> deliverables() {
		return List.copyOf(this.deliverables);
	}

	public List<Indicator> indicators() {
		return List.copyOf(this.indicators);
	}

	public List<Payment> payments() {
		return List.copyOf(this.payments);
	}

	public Outcome outcome() {
		return this.outcome;
	}

	public String outcomeSummary() {
		return this.outcomeSummary;
	}

	public String closedBy() {
		return this.closedBy;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

}
