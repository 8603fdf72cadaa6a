package org.opencall.cocreation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.opencall.cocreation.domain.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's pilots for the reports to a funder: each with its host, the needs it answers,
 * its outcome once closed and its indicators (baseline, target, final value), and the
 * payments released to them in a period.
 */
@Component
@Transactional(readOnly = true)
public class PilotFigures {

	private final JdbcClient jdbc;

	PilotFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The call's pilots, by grant reference, each with its indicators. */
	public List<PilotFigure> ofCall(String callReference) {
		return this.jdbc.sql("""
				select id, grant_reference, title, company, host_organisation, need_references, status, outcome,
				       opened_at, closed_at from pilots where call_reference = :call order by grant_reference""")
			.param("call", callReference)
			.query((rs, row) -> new PilotFigure(rs.getString("grant_reference"), rs.getString("title"),
					rs.getString("company"), rs.getString("host_organisation"), strings(rs.getArray("need_references")),
					"CLOSED".equals(rs.getString("status")), outcome(rs.getString("outcome")),
					rs.getTimestamp("opened_at").toInstant(),
					(rs.getTimestamp("closed_at") != null) ? rs.getTimestamp("closed_at").toInstant() : null,
					indicators(rs.getObject("id", UUID.class))))
			.list();
	}

	/** The payments released to the call's grants from {@code from} to {@code until}. */
	public BigDecimal releasedTo(String callReference, Instant from, Instant until) {
		return this.jdbc.sql("""
				select coalesce(sum(pp.amount), 0) from pilot_payments pp join pilots p on p.id = pp.pilot_id
				where p.call_reference = :call and pp.status = 'RELEASED'
				  and pp.released_at >= :from and pp.released_at < :until""")
			.param("call", callReference)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(BigDecimal.class)
			.single();
	}

	/** The grants of the call whose pilot is closed. */
	public List<String> closedOf(String callReference) {
		return this.jdbc.sql("select grant_reference from pilots where call_reference = :call and status = 'CLOSED'")
			.param("call", callReference)
			.query(String.class)
			.list();
	}

	private List<IndicatorFigure> indicators(UUID pilot) {
		return this.jdbc.sql("""
				select name, unit, baseline, target, final_value from pilot_indicators
				where pilot_id = :pilot order by position""")
			.param("pilot", pilot)
			.query((rs, row) -> new IndicatorFigure(rs.getString("name"), rs.getString("unit"),
					rs.getBigDecimal("baseline"), rs.getBigDecimal("target"), rs.getBigDecimal("final_value")))
			.list();
	}

	private static String outcome(String code) {
		return (code != null) ? Outcome.valueOf(code).label() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/**
	 * A pilot: its outcome in words ("Need solved") once closed, else {@code null}.
	 */
	public record PilotFigure(String grantReference, String title, String company, String hostOrganisation,
			List<String> needReferences, boolean closed, String outcome, Instant openedAt, Instant closedAt,
			List<IndicatorFigure> indicators) {
	}

	/** An indicator of a pilot; the final value once the pilot is closed. */
	public record IndicatorFigure(String name, String unit, BigDecimal baseline, BigDecimal target,
			BigDecimal finalValue) {
	}

}
