package org.opencall.reporting;

import java.time.Instant;

import org.opencall.reporting.domain.FunderReport;

/**
 * A report of a call to the funder as pages and the JSON API show it: what it is, where
 * it stands ({@code IN_REVIEW}, {@code SENT_BACK}, {@code APPROVED}, {@code MAILED}, with
 * its label), its review, correction and mail, and its figures as prepared (none in a
 * list).
 */
public record FunderReportView(String callReference, int number, String kind, String title, String programmeCode,
		String status, String statusLabel, int round, Instant preparedAt, String reviewedBy, String reviewComment,
		String correctedBy, String correctionNote, String mailedTo, Instant mailedAt, ProgrammeReport figures) {

	static FunderReportView of(FunderReport report, ProgrammeReport figures) {
		return new FunderReportView(report.callReference(), report.number(), report.kind().name(), report.title(),
				report.programmeCode(), report.status().name(), report.status().label(), report.round(),
				report.preparedAt(), report.reviewedBy(), report.reviewComment(), report.correctedBy(),
				report.correctionNote(), report.mailedTo(), report.mailedAt(), figures);
	}

	public boolean inReview() {
		return FunderReport.Status.IN_REVIEW.name().equals(this.status);
	}

	public boolean sentBack() {
		return FunderReport.Status.SENT_BACK.name().equals(this.status);
	}

}
