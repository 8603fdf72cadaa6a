package org.opencall.reporting.domain;

import java.time.Instant;
import java.util.UUID;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;
import org.opencall.reporting.domain.ReportingEvents.FunderReportApproved;
import org.opencall.reporting.domain.ReportingEvents.FunderReportCorrected;
import org.opencall.reporting.domain.ReportingEvents.FunderReportMailed;
import org.opencall.reporting.domain.ReportingEvents.FunderReportPrepared;
import org.opencall.reporting.domain.ReportingEvents.FunderReportSentBack;

/**
 * One report of a call's reporting to the funder, periodic or final: its figures frozen
 * when the system prepared it (JSON, as the JSON API answers a programme report), then
 * reviewed by an officer of the programme — approved, or sent back with a reason and
 * corrected (the figures prepared again, with a note of what was corrected) — and once
 * approved mailed to the funder. Each step checks where the report stands.
 */
public class FunderReport {

	/** Periodic (on the call's schedule) or final (when the call's last grant closed). */
	public enum Kind {

		PERIODIC, FINAL

	}

	public enum Status {

		IN_REVIEW("In review"), SENT_BACK("Sent back for correction"), APPROVED("Approved"),
		MAILED("Mailed to the funder");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private final UUID id;

	private final String callReference;

	private final int number;

	private final Kind kind;

	private final String programmeCode;

	private final Instant periodFrom;

	private final Instant periodUntil;

	private String figures;

	private Instant preparedAt;

	private Status status;

	private int round;

	private String reviewedBy;

	private Instant reviewedAt;

	private String reviewComment;

	private String correctedBy;

	private String correctionNote;

	private String mailedTo;

	private Instant mailedAt;

	public FunderReport(UUID id, String callReference, int number, Kind kind, String programmeCode, Instant periodFrom,
			Instant periodUntil, String figures, Instant preparedAt, Status status, int round, String reviewedBy,
			Instant reviewedAt, String reviewComment, String correctedBy, String correctionNote, String mailedTo,
			Instant mailedAt) {
		this.id = id;
		this.callReference = callReference;
		this.number = number;
		this.kind = kind;
		this.programmeCode = programmeCode;
		this.periodFrom = periodFrom;
		this.periodUntil = periodUntil;
		this.figures = figures;
		this.preparedAt = preparedAt;
		this.status = status;
		this.round = round;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
		this.reviewComment = reviewComment;
		this.correctedBy = correctedBy;
		this.correctionNote = correctionNote;
		this.mailedTo = mailedTo;
		this.mailedAt = mailedAt;
	}

	/** The system prepared the report: its figures frozen, it waits for its review. */
	public static FunderReport prepare(String callReference, int number, Kind kind, String programmeCode,
			Instant periodFrom, Instant periodUntil, String figures, Instant now) {
		return new FunderReport(UUID.randomUUID(), callReference, number, kind, programmeCode, periodFrom, periodUntil,
				figures, now, Status.IN_REVIEW, 1, null, null, null, null, null, null, null);
	}

	public FunderReportPrepared prepared() {
		return new FunderReportPrepared(this.callReference, this.number, this.kind.name(), this.round);
	}

	/** An officer of the programme approves the report as it stands. */
	public FunderReportApproved approve(String officer, String comment, Instant now) {
		requireStatus(Status.IN_REVIEW, "approved");
		String checked = optionalText("comment", comment);
		this.status = Status.APPROVED;
		this.reviewedBy = officer;
		this.reviewedAt = now;
		this.reviewComment = checked;
		return new FunderReportApproved(this.callReference, this.number, officer, checked);
	}

	/** An officer sends the report back for correction, saying why. */
	public FunderReportSentBack sendBack(String officer, String reason, Instant now) {
		requireStatus(Status.IN_REVIEW, "sent back");
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("comment", "is required: say what is to be corrected");
		}
		String checked = optionalText("comment", reason);
		this.status = Status.SENT_BACK;
		this.reviewedBy = officer;
		this.reviewedAt = now;
		this.reviewComment = checked;
		return new FunderReportSentBack(this.callReference, this.number, officer, checked);
	}

	/**
	 * An officer corrected what the report was sent back for (in the modules that own the
	 * figures): the figures are prepared again and the report goes back to review.
	 */
	public FunderReportCorrected correct(String officer, String note, String refigured, Instant now) {
		requireStatus(Status.SENT_BACK, "corrected");
		if (note == null || note.isBlank()) {
			throw InvalidInputException.of("correctionNote", "is required: say what was corrected");
		}
		String checked = optionalText("correctionNote", note);
		this.status = Status.IN_REVIEW;
		this.round++;
		this.correctedBy = officer;
		this.correctionNote = checked;
		this.figures = refigured;
		this.preparedAt = now;
		return new FunderReportCorrected(this.callReference, this.number, officer, checked);
	}

	/** The approved report went to the funder's address. */
	public FunderReportMailed mail(String address, Instant now) {
		requireStatus(Status.APPROVED, "mailed");
		this.status = Status.MAILED;
		this.mailedTo = address;
		this.mailedAt = now;
		return new FunderReportMailed(this.callReference, this.number, address);
	}

	/** "Periodic report 2 of call HC-2027-01", "Final report of call HC-2027-01". */
	public String title() {
		return ((this.kind == Kind.FINAL) ? "Final report" : "Periodic report " + this.number) + " of call "
				+ this.callReference;
	}

	private void requireStatus(Status expected, String what) {
		if (this.status != expected) {
			throw new StateConflictException(
					title() + " is " + this.status.label().toLowerCase() + " and cannot be " + what + " now");
		}
	}

	private static String optionalText(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		String problem = TextRules.problem(stripped, TextRules.NOTE);
		if (problem != null) {
			throw InvalidInputException.of(field, problem);
		}
		return stripped;
	}

	public UUID id() {
		return this.id;
	}

	public String callReference() {
		return this.callReference;
	}

	public int number() {
		return this.number;
	}

	public Kind kind() {
		return this.kind;
	}

	public String programmeCode() {
		return this.programmeCode;
	}

	public Instant periodFrom() {
		return this.periodFrom;
	}

	public Instant periodUntil() {
		return this.periodUntil;
	}

	public String figures() {
		return this.figures;
	}

	public Instant preparedAt() {
		return this.preparedAt;
	}

	public Status status() {
		return this.status;
	}

	public int round() {
		return this.round;
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

	public String correctedBy() {
		return this.correctedBy;
	}

	public String correctionNote() {
		return this.correctionNote;
	}

	public String mailedTo() {
		return this.mailedTo;
	}

	public Instant mailedAt() {
		return this.mailedAt;
	}

}
