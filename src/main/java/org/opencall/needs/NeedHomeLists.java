package org.opencall.needs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The needs a home page lists: a screenful with the whole list's size in one query, and
 * the trace of every need shown in one more.
 */
@Component
class NeedHomeLists {

	private static final String COLUMNS = """
			select reference, organisation_id, title, care_setting, urgency, status, submitted_by, submitted_at,
			rejection_reason, merged_into, count(*) over () as total from needs
			""";

	private final JdbcClient jdbc;

	NeedHomeLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The needs waiting for triage, the latest stated first, as the backlog lists them.
	 */
	Screenful toTriage(int limit) {
		return screenful(
				this.jdbc.sql(COLUMNS + "where status = 'SUBMITTED' order by submitted_at desc, reference limit :limit")
					.param("limit", limit));
	}

	/**
	 * An organisation's needs: those with a question to answer first, then the latest
	 * stated.
	 */
	Screenful ofOrganisation(UUID organisationId, int limit) {
		return screenful(this.jdbc.sql(COLUMNS + """
				where organisation_id = :organisation
				order by status = 'IN_CLARIFICATION' desc, submitted_at desc, reference limit :limit
				""").param("organisation", organisationId).param("limit", limit));
	}

	/** The challenges each of these needs went into, and their calls. */
	Map<String, List<NeedView.Trace>> traces(Collection<String> needReferences) {
		if (needReferences.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select n.need_reference, c.id, c.title, c.programme_code, c.call_reference
				from challenge_needs n join challenges c on c.id = n.challenge_id
				where n.need_reference in (:references) order by c.created_at
				""")
			.param("references", needReferences)
			.query((rs, n) -> Map.entry(rs.getString("need_reference"),
					new NeedView.Trace(rs.getString("id"), rs.getString("title"), rs.getString("programme_code"),
							rs.getString("call_reference"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private Screenful screenful(JdbcClient.StatementSpec query) {
		int[] total = { 0 };
		List<Listed> needs = query.query((rs, n) -> {
			total[0] = rs.getInt("total");
			return listed(rs);
		}).list();
		return new Screenful(needs, total[0]);
	}

	private static Listed listed(ResultSet rs) throws SQLException {
		return new Listed(rs.getString("reference"), (UUID) rs.getObject("organisation_id"), rs.getString("title"),
				rs.getString("care_setting"), rs.getString("urgency"), NeedState.valueOf(rs.getString("status")),
				rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getString("rejection_reason"), rs.getString("merged_into"));
	}

	record Screenful(List<Listed> needs, int total) {
	}

	/** A need as a home page lists it. */
	record Listed(String reference, UUID organisationId, String title, String careSetting, String urgency,
			NeedState status, String submittedBy, Instant submittedAt, String rejectionReason, String mergedInto) {
	}

}
