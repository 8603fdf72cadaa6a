package org.opencall.cocreation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

import org.opencall.cocreation.domain.DeliverableDocuments;
import org.opencall.platform.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The PDF documents of the deliverables, kept beside the pilot and never loaded with it:
 * each written once with its hash, and streamed back into the response as it is read.
 */
@Component
class PilotDocuments {

	private final JdbcClient jdbc;

	PilotDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DeliverableDocuments.Document store(UUID pilotId, int milestone, String fileName, byte[] content,
			String uploadedBy) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into pilot_documents (id, pilot_id, milestone, file_name, size, sha256, content, uploaded_by)
				values (:id, :pilot, :milestone, :name, :size, :sha256, :content, :by)
				""")
			.param("id", id)
			.param("pilot", pilotId)
			.param("milestone", milestone)
			.param("name", fileName)
			.param("size", content.length)
			.param("sha256", Sha256.hex(content))
			.param("content", content)
			.param("by", uploadedBy)
			.update();
		return new DeliverableDocuments.Document(id, fileName, content.length);
	}

	/** A document of the pilot: its name and size, if it has one with this id. */
	Optional<Stored> find(UUID pilotId, UUID documentId) {
		return this.jdbc.sql("select file_name, size from pilot_documents where pilot_id = :pilot and id = :id")
			.param("pilot", pilotId)
			.param("id", documentId)
			.query((rs, row) -> new Stored(documentId, rs.getString("file_name"), rs.getLong("size")))
			.optional();
	}

	/** Copies a document's content to the stream as it is read. */
	void copy(UUID pilotId, UUID documentId, OutputStream out) {
		this.jdbc.sql("select content from pilot_documents where pilot_id = :pilot and id = :id")
			.param("pilot", pilotId)
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

	record Stored(UUID id, String fileName, long size) {
	}

}
