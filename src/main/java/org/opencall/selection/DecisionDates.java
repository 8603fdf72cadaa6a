package org.opencall.selection;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a call's funding decision was approved, for the reports that measure the time from
 * the deadline to the decision.
 */
@Component
@Transactional(readOnly = true)
public class DecisionDates {

	private final JdbcClient jdbc;

	DecisionDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The moment the call's funding decision was approved; empty while undecided. */
	public Optional<Instant> decidedAt(String callReference) {
		return this.jdbc.sql("select decided_at from selections where call_reference = :call and status = 'DECIDED'")
			.param("call", callReference)
			.query((rs, row) -> rs.getTimestamp("decided_at"))
			.optional()
			.filter((at) -> at != null)
			.map((at) -> at.toInstant());
	}

}
