package org.opencall.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.submissions.domain.Declaration;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists of proposals, read as rows for views rather than loaded as aggregates one by one:
 * a call's list may run to thousands, and each list takes the same few queries however
 * long it is.
 */
@Component
class SubmissionListing {

	/** The longest list of a call's submissions a page or the API shows at once. */
	private static final int CALL_LIST_LIMIT = 2000;

	private final JdbcClient jdbc;

	private final SubmittedVersions versions;

	SubmissionListing(JdbcClient jdbc, SubmittedVersions versions) {
		this.jdbc = jdbc;
		this.versions = versions;
	}

	/**
	 * An organisation's proposals as it wrote them, newest first, with their current
	 * documents: two queries.
	 */
	List<SubmissionRow> ofOrganisation(UUID organisationId) {
		List<SubmissionRow> rows = this.jdbc.sql("""
				select * from submissions where organisation_id = :org order by created_at desc
				""").param("org", organisationId).query((rs, n) -> row(rs, workingCopy(rs), List.of())).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<SubmissionDocument>> documents = this.jdbc.sql("""
				select d.submission_id, d.document_id, d.type, d.file_name, d.size, d.sha256
				from submission_document_slots d join submissions s on s.id = d.submission_id
				where s.organisation_id = :org order by d.type
				""")
			.param("org", organisationId)
			.query((rs, n) -> Map.entry((UUID) rs.getObject("submission_id"),
					new SubmissionDocument((UUID) rs.getObject("document_id"), rs.getString("type"),
							rs.getString("file_name"), rs.getLong("size"), rs.getString("sha256"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map((r) -> new SubmissionRow(r.id(), r.reference(), r.callReference(), r.organisationId(), r.applicant(),
					r.content(), documents.getOrDefault(r.id(), List.of()), r.status(), r.submittedVersion(),
					r.ineligibilityReasons(), r.decidedBy(), r.decisionComment()))
			.toList();
	}

	/**
	 * The proposals submitted at least once to a call, in one status or any, each as its
	 * latest version was submitted: one query.
	 */
	List<SubmissionRow> ofCall(String callReference, SubmissionStatus status) {
		Map<String, Object> params = new HashMap<>();
		params.put("call", callReference);
		params.put("limit", CALL_LIST_LIMIT);
		String sql = """
				select s.*, v.version as submitted, v.content as submitted_content
				from submissions s join submission_versions v on v.submission_id = s.id
				and v.version = s.submitted_version
				where s.call_reference = :call and s.submitted_version > 0
				""";
		if (status != null) {
			sql += " and s.status = :status";
			params.put("status", status.name());
		}
		return this.jdbc.sql(sql + " order by s.reference limit :limit").params(params).query((rs, n) -> {
			var submitted = this.versions.read(rs.getInt("submitted"), rs.getString("submitted_content"));
			return row(rs, submitted.content(), submitted.documents());
		}).list();
	}

	private static SubmissionRow row(ResultSet rs, ProposalContent content, List<SubmissionDocument> documents)
			throws SQLException {
		return new SubmissionRow((UUID) rs.getObject("id"), rs.getString("reference"), rs.getString("call_reference"),
				(UUID) rs.getObject("organisation_id"), rs.getString("applicant"), content, documents,
				SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("submitted_version"),
				List.of((String[]) rs.getArray("ineligibility_reasons").getArray()), rs.getString("decided_by"),
				rs.getString("decision_comment"));
	}

	private static ProposalContent workingCopy(ResultSet rs) throws SQLException {
		Set<Declaration> declarations = EnumSet.noneOf(Declaration.class);
		for (String d : (String[]) rs.getArray("declarations").getArray()) {
			declarations.add(Declaration.valueOf(d));
		}
		return new ProposalContent(rs.getString("challenge"), rs.getString("title"), rs.getString("acronym"),
				rs.getString("summary"), rs.getBigDecimal("requested_amount"), (Integer) rs.getObject("trl"),
				rs.getString("team"), rs.getString("partners"), declarations);
	}

}
