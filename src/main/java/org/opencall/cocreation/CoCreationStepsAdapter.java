package org.opencall.cocreation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.cocreation.domain.Deliverable;
import org.opencall.cocreation.domain.Milestone;
import org.opencall.cocreation.domain.Payment;
import org.opencall.cocreation.domain.PaymentStatus;
import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.process.CoCreationProcess;
import org.opencall.cocreation.process.CoCreationSteps;
import org.opencall.identity.Programme;
import org.opencall.platform.PageFormat;
import org.opencall.platform.TaskText;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The co-creation module's answer to its process: the steps {@code co-creation} takes, on
 * the use cases that apply them.
 */
@Component
@Transactional
class CoCreationStepsAdapter implements CoCreationSteps {

	private final PilotAccess access;

	private final KickingOff kickOff;

	private final Reviewing reviewing;

	private final ReleasingPayments payments;

	private final ClosingPilots closing;

	private final CoCreationMails mails;

	private final CoCreationSettings settings;

	CoCreationStepsAdapter(PilotAccess access, KickingOff kickOff, Reviewing reviewing, ReleasingPayments payments,
			ClosingPilots closing, CoCreationMails mails, CoCreationSettings settings) {
		this.access = access;
		this.kickOff = kickOff;
		this.reviewing = reviewing;
		this.payments = payments;
		this.closing = closing;
		this.mails = mails;
		this.settings = settings;
	}

	@Override
	public String officersGroup(String grantReference) {
		return Programme.groupIdOf(pilot(grantReference).programmeCode());
	}

	@Override
	public List<String> hostNeedOwners(String grantReference) {
		Pilot pilot = pilot(grantReference);
		return pilot.needOwners().isEmpty() ? this.access.hostNeedOwners(pilot)
				: pilot.needOwners().stream().sorted().toList();
	}

	@Override
	public Map<String, Object> taskContext(String grantReference, String taskKey, String taskId) {
		Pilot pilot = pilot(grantReference);
		Map<String, Object> context = new HashMap<>();
		context.put(CoCreationProcess.VAR_GRANT_REFERENCE, pilot.grantReference());
		context.put(CoCreationProcess.VAR_TITLE, pilot.title());
		context.put(CoCreationProcess.VAR_COMPANY, pilot.company());
		context.put(CoCreationProcess.VAR_HOST, pilot.hostOrganisation());
		context.put(CoCreationProcess.VAR_INDICATORS,
				pilot.indicators()
					.stream()
					.map((i) -> i.name() + " (" + i.unit() + "): from " + i.baseline() + " to " + i.target())
					.collect(Collectors.joining("\n")));
		pilot.latestDeliverable().ifPresent((d) -> {
			Milestone milestone = pilot.milestone(d.milestone()).orElseThrow();
			context.put(CoCreationProcess.VAR_MILESTONE, milestone.number() + " — " + milestone.title());
			context.put(CoCreationProcess.VAR_DELIVERABLE, TaskText.fitted(summary(d)));
		});
		pilot.paymentOfTask(taskId)
			.ifPresent((p) -> context.put(CoCreationProcess.VAR_PAYMENT,
					"Payment " + p.number() + " (" + p.triggerLabel().toLowerCase() + "): "
							+ PageFormat.moneyOf(p.amount(), pilot.currency()) + ", made due by " + p.madeDueBy()));
		return context;
	}

	private static String summary(Deliverable d) {
		return d.report() + "\n\nDocuments: "
				+ d.documents().documents().stream().map((doc) -> doc.fileName()).collect(Collectors.joining(", "))
				+ (d.readings().values().isEmpty() ? ""
						: "\nReadings: " + d.readings()
							.values()
							.entrySet()
							.stream()
							.map((e) -> e.getKey() + " = " + e.getValue().toPlainString())
							.collect(Collectors.joining(", ")))
				+ "\nSubmitted by " + d.submittedBy();
	}

	@Override
	public void holdKickOff(String grantReference, String officer, LocalDate date, String notes) {
		this.kickOff.record(grantReference, officer, date, notes);
	}

	@Override
	public Instant reminderAt(String grantReference) {
		return dueDate(pilot(grantReference)).plus(this.settings.deliverableReminderAfter());
	}

	@Override
	public Instant escalationAt(String grantReference) {
		return dueDate(pilot(grantReference)).plus(this.settings.deliverableEscalationAfter());
	}

	private static Instant dueDate(Pilot pilot) {
		LocalDate due = pilot.currentMilestone().map(Milestone::dueDate).orElse(pilot.endDate());
		return due.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	@Override
	public void remindCompany(String grantReference) {
		Pilot pilot = pilot(grantReference);
		pilot.currentMilestone().ifPresent((m) -> this.mails.reminder(pilot, m));
	}

	@Override
	public void escalateToOfficers(String grantReference) {
		Pilot pilot = pilot(grantReference);
		pilot.currentMilestone().ifPresent((m) -> this.mails.escalation(pilot, m));
	}

	@Override
	public void review(String grantReference, String officer, String verdict, String comment) {
		this.reviewing.recordReview(grantReference, officer, verdict, comment);
	}

	@Override
	public void coReview(String grantReference, String needOwner, String verdict, String comment) {
		this.reviewing.recordCoReview(grantReference, needOwner, verdict, comment);
	}

	@Override
	public boolean isAccepted(String grantReference) {
		return pilot(grantReference).lastDeliverableAccepted();
	}

	@Override
	public void askForRevision(String grantReference) {
		Pilot pilot = pilot(grantReference);
		Deliverable latest = pilot.latestDeliverable().orElseThrow();
		long round = pilot.deliverables().stream().filter((d) -> d.milestone() == latest.milestone()).count();
		this.mails.revisionAsked(pilot, latest, (int) round);
	}

	@Override
	public void announceAcceptance(String grantReference) {
		Pilot pilot = pilot(grantReference);
		Deliverable latest = pilot.latestDeliverable().orElseThrow();
		Milestone milestone = pilot.milestone(latest.milestone()).orElseThrow();
		List<Payment> due = pilot.payments()
			.stream()
			.filter((p) -> p.status() == PaymentStatus.DUE && Integer.valueOf(milestone.number()).equals(p.milestone()))
			.toList();
		this.mails.accepted(pilot, milestone, due);
	}

	@Override
	public boolean hasPaymentToRelease(String grantReference) {
		return pilot(grantReference).hasPaymentToBind();
	}

	@Override
	public void bindRelease(String grantReference, String taskId) {
		this.payments.bind(grantReference, taskId);
	}

	@Override
	public void requireReleaser(String grantReference, String taskId, String officer) {
		this.payments.requireReleaser(grantReference, taskId, officer);
	}

	@Override
	public void release(String grantReference, String taskId, String officer) {
		this.payments.recordRelease(grantReference, taskId, officer);
	}

	@Override
	public boolean hasOpenMilestone(String grantReference) {
		return pilot(grantReference).currentMilestone().isPresent();
	}

	@Override
	public void close(String grantReference, String officer, String outcome, String finalValues, String summary) {
		this.closing.record(grantReference, officer, outcome, finalValues, summary);
	}

	private Pilot pilot(String grantReference) {
		return this.access.byReference(grantReference);
	}

}
