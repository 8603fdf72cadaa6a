package org.opencall.cocreation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pilot as its page and the API show it to one viewer: the grant, the kick-off, every
 * milestone with its deliverables and both verdicts, the indicators, the payments ledger,
 * the outcome, and what this viewer may do now.
 */
public record PilotView(String grantReference, String callReference, String submissionReference, String programmeCode,
		String title, String company, String hostOrganisation, BigDecimal amount, String currency, LocalDate startDate,
		LocalDate endDate, int agreementVersion, String status, String statusLabel, LocalDate kickOffDate,
		String kickOffNotes, String kickOffBy, List<String> needOwners, List<MilestoneView> milestones,
		List<IndicatorView> indicators, List<PaymentView> payments, PaymentsLedger ledger, String outcome,
		String outcomeLabel, String outcomeSummary, String closedBy, Instant closedAt, Integer currentMilestone,
		Actions actions) {

	public record MilestoneView(int number, String title, String deliverable, LocalDate dueDate, String status,
			String statusLabel, Instant acceptedAt, List<DeliverableView> deliverables) {
	}

	public record DeliverableView(int round, String report, List<DocumentView> documents,
			Map<String, BigDecimal> readings, String submittedBy, Instant submittedAt, String officerVerdict,
			String officerVerdictLabel, String officerComment, String officer, String hostVerdict,
			String hostVerdictLabel, String hostComment, String hostReviewer) {
	}

	public record DocumentView(UUID id, String fileName, long size) {
	}

	public record IndicatorView(String name, String unit, BigDecimal baseline, BigDecimal target,
			BigDecimal finalValue) {
	}

	public record PaymentView(int number, String trigger, String triggerLabel, Integer milestone, BigDecimal percent,
			BigDecimal amount, String status, String statusLabel, Instant dueAt, String madeDueBy, String releasedBy,
			Instant releasedAt, boolean releasable) {
	}

	/** What the viewer may do on the pilot now. */
	public record Actions(boolean kickOff, boolean submit, boolean review, boolean coReview, boolean release,
			boolean close) {
	}

}
