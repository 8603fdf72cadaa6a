package org.opencall.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the domain audit records. */
@Component
class DomainRecords {

	static final String COLUMNS = "r.id, r.recorded_at, r.kind, r.actor, r.subjects, r.content, r.content_hash";

	static final RowMapper<DomainRecord> ROWS = DomainRecords::row;

	private final JdbcClient jdbc;

	DomainRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every record naming the reference among its subjects, oldest first. */
	List<DomainRecord> about(String reference) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from audit_records r where r.subjects @> array[cast(:reference as text)] order by r.recorded_at, r.id")
			.param("reference", reference)
			.query(ROWS)
			.list();
	}

	/**
	 * The records about the subject itself: those naming it first. A call's own records
	 * (its approval, its funding decision), without the records of each of its proposals,
	 * which name their call after themselves and are read on each proposal's timeline.
	 */
	List<DomainRecord> aboutItself(String reference) {
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_records r where r.subjects @> array[cast(:reference as text)]"
					+ " and r.subjects[1] = :reference order by r.recorded_at, r.id")
			.param("reference", reference)
			.query(ROWS)
			.list();
	}

	static DomainRecord row(ResultSet row, int number) throws SQLException {
		Array subjects = row.getArray("subjects");
		return new DomainRecord(row.getLong("id"), row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				row.getString("kind"), row.getString("actor"), Arrays.asList((String[]) subjects.getArray()),
				row.getString("content"), row.getString("content_hash"));
	}

}
