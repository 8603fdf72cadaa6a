package org.opencall.needs;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many needs were stated in a period, how many of them the triage validated, and how
 * many a programme turned into its challenges, for the programme's report to its funder.
 * Needs belong to no programme until a programme builds a challenge from them: received
 * and validated count every need of the period.
 */
@Component
@Transactional(readOnly = true)
public class NeedFigures {

	private final JdbcClient jdbc;

	NeedFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The needs stated from {@code from} (inclusive) to {@code until} (exclusive). */
	public Counts of(String programmeCode, Instant from, Instant until) {
		return this.jdbc.sql("""
				select count(*) as received,
				       count(*) filter (where n.status = 'VALIDATED') as validated,
				       count(*) filter (where exists (select 1 from challenge_needs cn
				           join challenges c on c.id = cn.challenge_id
				           where cn.need_reference = n.reference and c.programme_code = :programme)) as in_challenges
				from needs n where n.submitted_at >= :from and n.submitted_at < :until""")
			.param("programme", programmeCode)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, row) -> new Counts(rs.getInt("received"), rs.getInt("validated"), rs.getInt("in_challenges")))
			.single();
	}

	/** Needs received, validated by the triage, and in a challenge of the programme. */
	public record Counts(int received, int validated, int turnedIntoChallenges) {
	}

}
