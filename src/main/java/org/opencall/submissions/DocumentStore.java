package org.opencall.submissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.OptionalLong;
import java.util.UUID;

import org.opencall.platform.Sha256;
import org.opencall.submissions.domain.SubmissionDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contents of uploaded documents: each upload written once, with its hash, and never
 * changed, so that every submitted version keeps its documents. Read back as a stream
 * into the response, never loaded with the proposal.
 */
@Component
class DocumentStore {

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SubmissionDocument store(UUID submissionId, String type, String fileName, byte[] content, String uploadedBy) {
		SubmissionDocument document = new SubmissionDocument(UUID.randomUUID(), type, fileName, content.length,
				Sha256.hex(content));
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

	/** The size of a document of the submission, if it has one with this id. */
	OptionalLong size(UUID submissionId, UUID documentId) {
		return this.jdbc.sql("select size from submission_documents where submission_id = :s and id = :id")
			.param("s", submissionId)
			.param("id", documentId)
			.query(Long.class)
			.optional()
			.map(OptionalLong::of)
			.orElse(OptionalLong.empty());
	}

	/** Copies a document's content to the stream as it is read. */
	void copy(UUID submissionId, UUID documentId, OutputStream out) {
		this.jdbc.sql("select content from submission_documents where submission_id = :s and id = :id")
			.param("s", submissionId)
			.param("id", documentId)
			.query((ResultSet rs) -> {
				try (InputStream content = rs.getBinaryStream(1)) {
					content.transferTo(out);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

}
