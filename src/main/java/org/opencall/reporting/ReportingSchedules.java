package org.opencall.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each call's reporting schedule: the interval of its periodic reports, fixed when the
 * call was published (a later change of the setting leaves running calls alone), and when
 * its reporting began.
 */
@Component
class ReportingSchedules {

	private final JdbcClient jdbc;

	ReportingSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the schedule; answers false when the call had one already. */
	boolean begin(String callReference, String programmeCode, Period every, Instant now) {
		return this.jdbc.sql("""
				insert into reporting_schedules (call_reference, programme_code, report_every, started_at)
				values (:call, :programme, :every, :now) on conflict (call_reference) do nothing""")
			.param("call", callReference)
			.param("programme", programmeCode)
			.param("every", every.toString())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Schedule> of(String callReference) {
		return this.jdbc.sql(
				"select programme_code, report_every, started_at from reporting_schedules where call_reference = :call")
			.param("call", callReference)
			.query((rs, row) -> new Schedule(callReference, rs.getString("programme_code"),
					Period.parse(rs.getString("report_every")), rs.getTimestamp("started_at").toInstant()))
			.optional();
	}

	record Schedule(String callReference, String programmeCode, Period every, Instant startedAt) {
	}

}
