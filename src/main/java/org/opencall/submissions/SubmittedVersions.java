package org.opencall.submissions;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The submitted versions of proposals, appended beside the aggregate and never changed:
 * each with its receipt and, as JSON, the content and documents its content hash covers.
 */
@Component
class SubmittedVersions {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	SubmittedVersions(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps the version just submitted: its receipt, its content and its documents. */
	void append(Submission submission, Receipt receipt, String submittedBy) {
		insert("""
				insert into submission_versions (submission_id, version, receipt_number, submitted_at,
				submitted_by, content_hash, content)
				values (:id, :version, :receipt, :at, :by, :hash, cast(:content as jsonb))
				""", submission, receipt, submittedBy, null);
	}

	/**
	 * Claims the submitter's idempotency key for this version and keeps the version, in
	 * one statement, before the proposal is submitted: if the submission is refused, both
	 * are undone with the rest. A claim of the same key by a concurrent request is waited
	 * for. Answers {@code false}, keeping nothing, when the key was used before.
	 */
	boolean appendClaiming(Submission submission, Receipt receipt, String submittedBy, String idempotencyKey) {
		return insert("""
				with claim as (
				  insert into submission_idempotency_keys (user_id, idempotency_key, submission_id, content_hash,
				  receipt_number) values (:by, :key, :id, :hash, :receipt)
				  on conflict (user_id, idempotency_key) do nothing
				  returning submission_id)
				insert into submission_versions (submission_id, version, receipt_number, submitted_at,
				submitted_by, content_hash, content)
				select submission_id, :version, :receipt, :at, :by, :hash, cast(:content as jsonb) from claim
				""", submission, receipt, submittedBy, idempotencyKey) == 1;
	}

	/**
	 * Runs an insert of the version with its values bound (and the key, where the
	 * statement has one); a version of the same number kept meanwhile by a concurrent
	 * submit is a concurrent change.
	 */
	private int insert(String sql, Submission submission, Receipt receipt, String submittedBy, String key) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("content", submission.content());
		content.put("documents", submission.documents());
		try {
			return this.jdbc.sql(sql)
				.param("id", submission.id())
				.param("version", receipt.version())
				.param("receipt", receipt.receiptNumber())
				.param("at", Timestamp.from(receipt.submittedAt()))
				.param("by", submittedBy)
				.param("hash", receipt.contentHash())
				.param("content", write(content))
				.param("key", key)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new OptimisticLockingFailureException(
					"Proposal " + submission.reference() + " was submitted by someone else meanwhile", ex);
		}
	}

	/** The latest submitted version of a submission, if it was ever submitted. */
	Optional<SubmittedVersion> latest(UUID submissionId) {
		return Optional.ofNullable(latest(List.of(submissionId)).get(submissionId));
	}

	/** The latest submitted version of each of these submissions that has one. */
	Map<UUID, SubmittedVersion> latest(Collection<UUID> submissionIds) {
		if (submissionIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select distinct on (submission_id) submission_id, version, content from submission_versions
				where submission_id in (:ids) order by submission_id, version desc
				""")
			.param("ids", submissionIds)
			.query((rs, n) -> Map.entry((UUID) rs.getObject("submission_id"),
					read(rs.getInt("version"), rs.getString("content"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<Receipt> receipts(UUID submissionId) {
		return receipts(List.of(submissionId)).getOrDefault(submissionId, List.of());
	}

	/** The receipts of several submissions at once, oldest first for each. */
	Map<UUID, List<Receipt>> receipts(Collection<UUID> submissionIds) {
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

	/** Whether the document belongs to one of the submission's submitted versions. */
	boolean containDocument(UUID submissionId, UUID documentId) {
		return this.jdbc.sql("""
				select exists (select 1 from submission_versions v,
				jsonb_array_elements(v.content -> 'documents') d
				where v.submission_id = :s and d ->> 'id' = :id)
				""").param("s", submissionId).param("id", documentId.toString()).query(Boolean.class).single();
	}

	private SubmittedVersion read(int version, String content) {
		try {
			JsonNode stored = this.json.readTree(content);
			return new SubmittedVersion(version, this.json.treeToValue(stored.get("content"), ProposalContent.class),
					List.of(this.json.treeToValue(stored.get("documents"), SubmissionDocument[].class)));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable submitted version " + version, ex);
		}
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
