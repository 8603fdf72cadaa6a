package org.opencall.submissions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals submitted to calls, one row each, for the reports to a funder: who
 * submitted (the organisation, whose country and type the directory knows), when first,
 * and where the eligibility check left it. Drafts never submitted are left out.
 */
@Component
@Transactional(readOnly = true)
public class SubmissionFigures {

	private final JdbcClient jdbc;

	SubmissionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The call's submitted proposals first submitted from {@code from} to {@code until}.
	 */
	public List<Submitted> ofCall(String callReference, Instant from, Instant until) {
		return this.jdbc.sql("""
				select s.reference, s.organisation_id, s.status, v.submitted_at from submissions s
				join submission_versions v on v.submission_id = s.id and v.version = 1
				where s.call_reference = :call and s.status <> 'DRAFT'
				  and v.submitted_at >= :from and v.submitted_at < :until
				order by s.reference""")
			.param("call", callReference)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query((rs, row) -> new Submitted(rs.getString("reference"), rs.getObject("organisation_id", UUID.class),
					rs.getString("status"), rs.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	/**
	 * A submitted proposal: {@code status} is SUBMITTED (waiting for its eligibility
	 * check), ELIGIBLE, INELIGIBLE or WITHDRAWN.
	 */
	public record Submitted(String reference, UUID organisationId, String status, Instant firstSubmittedAt) {

		public boolean eligible() {
			return "ELIGIBLE".equals(this.status);
		}

		public boolean withdrawn() {
			return "WITHDRAWN".equals(this.status);
		}

	}

}
