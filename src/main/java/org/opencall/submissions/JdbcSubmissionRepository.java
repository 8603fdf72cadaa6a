package org.opencall.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opencall.platform.Sha256;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.domain.Declaration;
import org.opencall.submissions.domain.IdempotentSubmit;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSubmissionRepository implements SubmissionRepository {

	private static final String SELECT = "select * from submissions ";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	JdbcSubmissionRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String nextReference() {
		return String.format("S-%06d",
				this.jdbc.sql("select nextval('submission_reference_seq')").query(Long.class).single());
	}

	@Override
	public Optional<Submission> findById(UUID id) {
		return many(SELECT + "where id = :id", Map.of("id", id)).stream().findFirst();
	}

	@Override
	public Optional<Submission> findByReference(String reference) {
		return many(SELECT + "where reference = :reference", Map.of("reference", reference)).stream().findFirst();
	}

	@Override
	public List<Submission> findByOrganisation(UUID organisationId) {
		return many(SELECT + "where organisation_id = :org order by created_at desc", Map.of("org", organisationId));
	}

	@Override
	public List<Submission> findByCall(String callReference, SubmissionStatus status) {
		Map<String, Object> params = new HashMap<>();
		params.put("call", callReference);
		String sql = SELECT + "where call_reference = :call and submitted_version > 0";
		if (status != null) {
			sql += " and status = :status";
			params.put("status", status.name());
		}
		return many(sql + " order by reference limit 2000", params);
	}

	@Override
	public void save(Submission submission) {
		Map<String, Object> columns = columns(submission);
		int updated = this.jdbc.sql("""
				update submissions set challenge = :challenge, title = :title, acronym = :acronym,
				summary = :summary, requested_amount = :amount, trl = :trl, team = :team, partners = :partners,
				declarations = :declarations, status = :status, submitted_version = :submittedVersion,
				ineligibility_reasons = :reasons, decided_by = :decidedBy, decision_comment = :comment,
				updated_at = now(), version = version + 1
				where id = :id and version = :version
				""").params(columns).update();
		if (updated > 0) {
			return;
		}
		if (findById(submission.id()).isPresent()) {
			throw new StateConflictException(
					"Submission " + submission.reference() + " was changed at the same time; reload it");
		}
		this.jdbc.sql("""
				insert into submissions (id, reference, call_reference, organisation_id, applicant, challenge,
				title, acronym, summary, requested_amount, trl, team, partners, declarations, status,
				submitted_version, ineligibility_reasons, decided_by, decision_comment)
				values (:id, :reference, :call, :organisation, :applicant, :challenge, :title, :acronym,
				:summary, :amount, :trl, :team, :partners, :declarations, :status, :submittedVersion, :reasons,
				:decidedBy, :comment)
				""").params(columns).update();
	}

	@Override
	public SubmissionDocument storeDocument(UUID submissionId, String type, String fileName, byte[] content,
			String uploadedBy) {
		SubmissionDocument document = new SubmissionDocument(UUID.randomUUID(), type, fileName, content.length,
				Sha256.hex(content));
		this.jdbc.sql("update submission_documents set current = false where submission_id = :id and type = :type")
			.param("id", submissionId)
			.param("type", type)
			.update();
		this.jdbc.sql("""
				insert into submission_documents (id, submission_id, type, file_name, size, sha256, content,
				uploaded_by) values (:id, :submission, :type, :name, :size, :sha256, :content, :by)
				""")
			.param("id", document.id())
			.param("submission", submissionId)
			.param("type", type)
			.param("name", fileName)
			.param("size", content.length)
			.param("sha256", document.sha256())
			.param("content", content)
			.param("by", uploadedBy)
			.update();
		return document;
	}

	@Override
	public Optional<byte[]> documentContent(UUID submissionId, UUID documentId) {
		return this.jdbc.sql("select content from submission_documents where submission_id = :s and id = :id")
			.param("s", submissionId)
			.param("id", documentId)
			.query(byte[].class)
			.optional();
	}

	@Override
	public boolean wasSubmitted(UUID submissionId, UUID documentId) {
		return this.jdbc.sql("""
				select exists (select 1 from submission_versions v,
				jsonb_array_elements(v.content -> 'documents') d
				where v.submission_id = :s and d ->> 'id' = :id)
				""").param("s", submissionId).param("id", documentId.toString()).query(Boolean.class).single();
	}

	@Override
	public void saveVersion(Submission submission, Receipt receipt, String submittedBy) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("content", submission.content());
		content.put("documents", submission.documents());
		this.jdbc.sql("""
				insert into submission_versions (submission_id, version, receipt_number, submitted_at,
				submitted_by, content_hash, content)
				values (:id, :version, :receipt, :at, :by, :hash, cast(:content as jsonb))
				""")
			.param("id", submission.id())
			.param("version", receipt.version())
			.param("receipt", receipt.receiptNumber())
			.param("at", Timestamp.from(receipt.submittedAt()))
			.param("by", submittedBy)
			.param("hash", receipt.contentHash())
			.param("content", write(content))
			.update();
	}

	@Override
	public Map<UUID, SubmittedVersion> latestVersions(List<UUID> submissionIds) {
		if (submissionIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select distinct on (submission_id) submission_id, version, content from submission_versions
				where submission_id in (:ids) order by submission_id, version desc
				""")
			.param("ids", submissionIds)
			.query((rs, n) -> Map.entry((UUID) rs.getObject("submission_id"),
					version(rs.getInt("version"), rs.getString("content"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private SubmittedVersion version(int version, String content) {
		try {
			JsonNode stored = this.json.readTree(content);
			return new SubmittedVersion(version, this.json.treeToValue(stored.get("content"), ProposalContent.class),
					List.of(this.json.treeToValue(stored.get("documents"), SubmissionDocument[].class)));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable submitted version " + version, ex);
		}
	}

	@Override
	public List<Receipt> receipts(UUID submissionId) {
		return receipts(List.of(submissionId)).getOrDefault(submissionId, List.of());
	}

	@Override
	public Map<UUID, List<Receipt>> receipts(List<UUID> submissionIds) {
		if (submissionIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select v.submission_id, v.receipt_number, s.reference, v.version, v.submitted_at, v.content_hash
				from submission_versions v join submissions s on s.id = v.submission_id
				where v.submission_id in (:ids) order by v.version
				""")
			.param("ids", submissionIds)
			.query((rs, n) -> Map.entry((UUID) rs.getObject(1),
					new Receipt(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant(),
							rs.getString(6))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	@Override
	public Optional<IdempotentSubmit> claimIdempotencyKey(String userId, String key, UUID submissionId,
			String contentHash) {
		int claimed = this.jdbc.sql("""
				insert into submission_idempotency_keys (user_id, idempotency_key, submission_id, content_hash)
				values (:user, :key, :id, :hash) on conflict (user_id, idempotency_key) do nothing
				""")
			.param("user", userId)
			.param("key", key)
			.param("id", submissionId)
			.param("hash", contentHash)
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc.sql("""
				select submission_id, content_hash, receipt_number from submission_idempotency_keys
				where user_id = :user and idempotency_key = :key
				""")
			.param("user", userId)
			.param("key", key)
			.query((rs, n) -> new IdempotentSubmit((UUID) rs.getObject("submission_id"), rs.getString("content_hash"),
					rs.getString("receipt_number")))
			.single());
	}

	@Override
	public void recordIdempotentReceipt(String userId, String key, Receipt receipt) {
		this.jdbc.sql("""
				update submission_idempotency_keys set receipt_number = :receipt
				where user_id = :user and idempotency_key = :key
				""").param("receipt", receipt.receiptNumber()).param("user", userId).param("key", key).update();
	}

	@Override
	public int countAwaitingEligibility(String callReference) {
		return this.jdbc.sql("select count(*) from submissions where call_reference = :call and status = 'SUBMITTED'")
			.param("call", callReference)
			.query(Integer.class)
			.single();
	}

	private List<Submission> many(String sql, Map<String, ?> params) {
		List<Submission> rows = this.jdbc.sql(sql).params(params).query(this::row).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<SubmissionDocument>> documents = this.jdbc.sql("""
				select submission_id, id, type, file_name, size, sha256 from submission_documents
				where submission_id in (:ids) and current order by type
				""")
			.param("ids", rows.stream().map(Submission::id).toList())
			.query((rs, n) -> Map.entry((UUID) rs.getObject("submission_id"),
					new SubmissionDocument((UUID) rs.getObject("id"), rs.getString("type"), rs.getString("file_name"),
							rs.getLong("size"), rs.getString("sha256"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream().map((s) -> withDocuments(s, documents.getOrDefault(s.id(), List.of()))).toList();
	}

	private static Submission withDocuments(Submission s, List<SubmissionDocument> documents) {
		return new Submission(s.id(), s.reference(), s.callReference(), s.organisationId(), s.applicant(), s.content(),
				documents, s.status(), s.submittedVersion(), s.ineligibilityReasons(), s.decidedBy(),
				s.decisionComment(), s.version());
	}

	private Submission row(ResultSet rs, int n) throws SQLException {
		Set<Declaration> declarations = EnumSet.noneOf(Declaration.class);
		for (String d : (String[]) rs.getArray("declarations").getArray()) {
			declarations.add(Declaration.valueOf(d));
		}
		Integer trl = (Integer) rs.getObject("trl");
		ProposalContent content = new ProposalContent(rs.getString("challenge"), rs.getString("title"),
				rs.getString("acronym"), rs.getString("summary"), rs.getBigDecimal("requested_amount"), trl,
				rs.getString("team"), rs.getString("partners"), declarations);
		return new Submission((UUID) rs.getObject("id"), rs.getString("reference"), rs.getString("call_reference"),
				(UUID) rs.getObject("organisation_id"), rs.getString("applicant"), content, List.of(),
				SubmissionStatus.valueOf(rs.getString("status")), rs.getInt("submitted_version"),
				List.of((String[]) rs.getArray("ineligibility_reasons").getArray()), rs.getString("decided_by"),
				rs.getString("decision_comment"), rs.getInt("version"));
	}

	private static Map<String, Object> columns(Submission s) {
		ProposalContent c = s.content();
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", s.id());
		columns.put("reference", s.reference());
		columns.put("call", s.callReference());
		columns.put("organisation", s.organisationId());
		columns.put("applicant", s.applicant());
		columns.put("challenge", c.challenge());
		columns.put("title", c.title());
		columns.put("acronym", c.acronym());
		columns.put("summary", c.summary());
		columns.put("amount", c.requestedAmount());
		columns.put("trl", c.trl());
		columns.put("team", c.team());
		columns.put("partners", c.partners());
		columns.put("declarations", c.declarations().stream().map(Enum::name).sorted().toArray(String[]::new));
		columns.put("status", s.status().name());
		columns.put("submittedVersion", s.submittedVersion());
		columns.put("reasons", s.ineligibilityReasons().toArray(String[]::new));
		columns.put("decidedBy", s.decidedBy());
		columns.put("comment", s.decisionComment());
		columns.put("version", s.version());
		return columns;
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
