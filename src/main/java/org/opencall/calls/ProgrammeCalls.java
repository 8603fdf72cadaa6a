package org.opencall.calls;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published calls of a programme, for the reports after the calls' phase: what each
 * is, its currency and when it was published and closes. Drafts never published are
 * nobody's figures.
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeCalls {

	private final JdbcClient jdbc;

	ProgrammeCalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The programme's published calls, by deadline. */
	public List<PublishedCall> of(String programmeCode) {
		return this.jdbc.sql("""
				select reference, programme_code, title, currency, time_zone, published_at, deadline from calls
				where programme_code = :programme and published_at is not null order by deadline, reference""")
			.param("programme", programmeCode)
			.query(ProgrammeCalls::row)
			.list();
	}

	/** One published call; empty for an unknown or unpublished reference. */
	public Optional<PublishedCall> call(String reference) {
		return this.jdbc.sql("""
				select reference, programme_code, title, currency, time_zone, published_at, deadline from calls
				where reference = :reference and published_at is not null""")
			.param("reference", reference)
			.query(ProgrammeCalls::row)
			.optional();
	}

	private static PublishedCall row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PublishedCall(rs.getString("reference"), rs.getString("programme_code"), rs.getString("title"),
				rs.getString("currency").strip(), rs.getString("time_zone"),
				rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("deadline").toInstant());
	}

	/** A published call as the reports name it. */
	public record PublishedCall(String reference, String programmeCode, String title, String currency, String timeZone,
			Instant publishedAt, Instant deadline) {
	}

}
