package org.opencall.needs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.needs.domain.ConfidentialField;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists pages and the API show: needs (the backlog, an organisation's own),
 * challenges and a need's trace to them. Each list takes the same few queries however
 * long it is — loading each need as an aggregate would take one more query per need.
 */
@Component
class NeedLists {

	private static final int BACKLOG_LIMIT = 500;

	private final JdbcClient jdbc;

	private final Directory directory;

	NeedLists(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	List<NeedView> ofOrganisation(UUID organisationId) {
		return needs("where organisation_id = :organisation order by submitted_at desc",
				Map.of("organisation", organisationId));
	}

	List<NeedView> backlog(NeedFilter filter) {
		StringBuilder where = new StringBuilder("where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.status() != null) {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.careSetting() != null) {
			where.append(" and care_setting = :careSetting");
			params.put("careSetting", filter.careSetting());
		}
		if (filter.urgency() != null) {
			where.append(" and urgency = :urgency");
			params.put("urgency", filter.urgency());
		}
		if (filter.organisationId() != null) {
			where.append(" and organisation_id = :organisation");
			params.put("organisation", filter.organisationId());
		}
		where.append(" order by submitted_at desc limit ").append(BACKLOG_LIMIT);
		return needs(where.toString(), params);
	}

	List<ChallengeView> challenges(Collection<String> programmeCodes) {
		if (programmeCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select c.id, c.programme_code, c.title, c.description, c.created_by, c.call_reference,
				array(select n.need_reference from challenge_needs n where n.challenge_id = c.id
				order by n.position) as need_references
				from challenges c where c.programme_code in (:codes) order by c.created_at desc
				""")
			.param("codes", programmeCodes)
			.query((rs, n) -> new ChallengeView(rs.getString("id"), rs.getString("programme_code"),
					rs.getString("title"), rs.getString("description"), strings(rs.getArray("need_references")),
					rs.getString("created_by"), rs.getString("call_reference")))
			.list();
	}

	/** The challenges a need went into, and their calls. */
	List<NeedView.Trace> traceOf(String needReference) {
		return this.jdbc.sql("""
				select c.id, c.title, c.programme_code, c.call_reference from challenges c
				where exists (select 1 from challenge_needs n where n.challenge_id = c.id
				and n.need_reference = :reference) order by c.created_at
				""")
			.param("reference", needReference)
			.query((rs, n) -> new NeedView.Trace(rs.getString("id"), rs.getString("title"),
					rs.getString("programme_code"), rs.getString("call_reference")))
			.list();
	}

	/**
	 * Needs without attachments and trace: their questions and organisations in one query
	 * each.
	 */
	private List<NeedView> needs(String where, Map<String, ?> params) {
		List<Row> rows = this.jdbc.sql("select * from needs " + where).params(params).query(this::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<NeedView.Question>> questions = this.jdbc
			.sql("select * from need_clarifications where need_id in (:ids) order by position")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> Map.entry((UUID) rs.getObject("need_id"),
					new NeedView.Question(rs.getInt("round"), rs.getString("question"), rs.getString("asked_by"),
							instant(rs.getTimestamp("asked_at")), rs.getString("answer"), rs.getString("answered_by"),
							instant(rs.getTimestamp("answered_at")))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, String> organisations = this.directory
			.organisations(rows.stream().map(Row::organisationId).collect(Collectors.toSet()))
			.values()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return rows.stream()
			.map((row) -> row.view(organisations.getOrDefault(row.organisationId(), ""),
					questions.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private Row row(ResultSet rs, int rowNumber) throws SQLException {
		Set<String> confidential = NeedView
			.codes(strings(rs.getArray("confidential_fields")).stream().map(ConfidentialField::valueOf).toList());
		NeedView need = new NeedView(rs.getString("reference"), rs.getString("title"), rs.getString("description"),
				rs.getString("care_setting"), rs.getString("affected_population"), rs.getInt("affected_count"),
				rs.getString("current_practice"), rs.getString("current_burden"), rs.getString("expected_benefit"),
				rs.getString("urgency"), confidential, null, rs.getString("submitted_by"),
				instant(rs.getTimestamp("submitted_at")), NeedState.valueOf(rs.getString("status")),
				rs.getString("decided_by"), rs.getString("rejection_reason"), rs.getString("merged_into"), List.of(),
				List.of(), List.of(), List.of());
		return new Row((UUID) rs.getObject("id"), (UUID) rs.getObject("organisation_id"), need);
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A need as listed, before its organisation's name and its questions are known. */
	private record Row(UUID id, UUID organisationId, NeedView need) {

		NeedView view(String organisation, List<NeedView.Question> questions) {
			NeedView n = this.need;
			return new NeedView(n.reference(), n.title(), n.description(), n.careSetting(), n.affectedPopulation(),
					n.affectedCount(), n.currentPractice(), n.currentBurden(), n.expectedBenefit(), n.urgency(),
					n.confidentialFields(), organisation, n.submittedBy(), n.submittedAt(), n.status(), n.decidedBy(),
					n.rejectionReason(), n.mergedInto(), questions, List.of(), List.of(), List.of());
		}

	}

}
