package org.opencall.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencall.reporting.domain.FunderReport;
import org.opencall.reporting.domain.FunderReport.Kind;
import org.opencall.reporting.domain.FunderReport.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reports of each call's reporting, in the reporting module's own table. */
@Component
class FunderReportStore {

	private static final String COLUMNS = """
			id, call_reference, number, kind, programme_code, period_from, period_until, figures::text as figures,
			prepared_at, status, round, reviewed_by, reviewed_at, review_comment, corrected_by, correction_note,
			mailed_to, mailed_at""";

	private final JdbcClient jdbc;

	FunderReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FunderReport> find(String callReference, int number) {
		return this.jdbc
			.sql("select " + COLUMNS + " from funder_reports where call_reference = :call and number = :number")
			.param("call", callReference)
			.param("number", number)
			.query(FunderReportStore::row)
			.optional();
	}

	/** The call's reports, the first first. */
	List<FunderReport> ofCall(String callReference) {
		return this.jdbc.sql("select " + COLUMNS + " from funder_reports where call_reference = :call order by number")
			.param("call", callReference)
			.query(FunderReportStore::row)
			.list();
	}

	/** The reports of these programmes, the latest first. */
	List<FunderReport> ofProgrammes(List<String> programmeCodes) {
		if (programmeCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS
				+ " from funder_reports where programme_code in (:programmes) order by prepared_at desc, number desc")
			.param("programmes", programmeCodes)
			.query(FunderReportStore::row)
			.list();
	}

	/** The number of the call's next report; locks the call's schedule meanwhile. */
	int nextNumber(String callReference) {
		this.jdbc.sql("select call_reference from reporting_schedules where call_reference = :call for update")
			.param("call", callReference)
			.query(String.class)
			.optional();
		return this.jdbc.sql("select coalesce(max(number), 0) + 1 from funder_reports where call_reference = :call")
			.param("call", callReference)
			.query(Integer.class)
			.single();
	}

	void insert(FunderReport report) {
		this.jdbc.sql("""
				insert into funder_reports (id, call_reference, number, kind, programme_code, period_from, period_until,
				    figures, prepared_at, status, round)
				values (:id, :call, :number, :kind, :programme, :from, :until, cast(:figures as jsonb), :prepared,
				    :status, :round)""")
			.param("id", report.id())
			.param("call", report.callReference())
			.param("number", report.number())
			.param("kind", report.kind().name())
			.param("programme", report.programmeCode())
			.param("from", Timestamp.from(report.periodFrom()))
			.param("until", Timestamp.from(report.periodUntil()))
			.param("figures", report.figures())
			.param("prepared", Timestamp.from(report.preparedAt()))
			.param("status", report.status().name())
			.param("round", report.round())
			.update();
	}

	void update(FunderReport report) {
		this.jdbc.sql("""
				update funder_reports set figures = cast(:figures as jsonb), prepared_at = :prepared, status = :status,
				    round = :round, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt, review_comment = :comment,
				    corrected_by = :correctedBy, correction_note = :note, mailed_to = :mailedTo, mailed_at = :mailedAt
				where id = :id""")
			.param("id", report.id())
			.param("figures", report.figures())
			.param("prepared", Timestamp.from(report.preparedAt()))
			.param("status", report.status().name())
			.param("round", report.round())
			.param("reviewedBy", report.reviewedBy())
			.param("reviewedAt", timestamp(report.reviewedAt()))
			.param("comment", report.reviewComment())
			.param("correctedBy", report.correctedBy())
			.param("note", report.correctionNote())
			.param("mailedTo", report.mailedTo())
			.param("mailedAt", timestamp(report.mailedAt()))
			.update();
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static FunderReport row(ResultSet rs, int row) throws SQLException {
		return new FunderReport(rs.getObject("id", java.util.UUID.class), rs.getString("call_reference"),
				rs.getInt("number"), Kind.valueOf(rs.getString("kind")), rs.getString("programme_code"),
				instant(rs, "period_from"), instant(rs, "period_until"), rs.getString("figures"),
				instant(rs, "prepared_at"), Status.valueOf(rs.getString("status")), rs.getInt("round"),
				rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getString("review_comment"),
				rs.getString("corrected_by"), rs.getString("correction_note"), rs.getString("mailed_to"),
				instant(rs, "mailed_at"));
	}

}
