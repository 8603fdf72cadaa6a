package org.opencall.needs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencall.platform.Sha256;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The PDFs attached to needs, kept beside the need aggregate and never loaded with it. A
 * download reads the content in slices as it is sent, so that a file is never held in
 * memory whole.
 */
@Repository
class NeedAttachments {

	/** How much of a file one read takes from the database. */
	private static final int SLICE = 1024 * 1024;

	private final JdbcClient jdbc;

	NeedAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID needId, UploadedFile file, String uploadedBy) {
		this.jdbc.sql("""
				insert into need_attachments (id, need_id, file_name, size, sha256, content, uploaded_by)
				values (:id, :needId, :fileName, :size, :sha256, :content, :uploadedBy)
				""")
			.param("id", UUID.randomUUID())
			.param("needId", needId)
			.param("fileName", file.name())
			.param("size", file.content().length)
			.param("sha256", Sha256.hex(file.content()))
			.param("content", file.content())
			.param("uploadedBy", uploadedBy)
			.update();
	}

	List<NeedView.Attachment> of(UUID needId) {
		return this.jdbc
			.sql("select id, file_name, size, sha256 from need_attachments where need_id = :id order by uploaded_at")
			.param("id", needId)
			.query(NeedView.Attachment.class)
			.list();
	}

	/** The content of one of the need's attachments, read as it is sent. */
	Optional<Resource> content(UUID needId, UUID attachmentId) {
		return this.jdbc.sql("select size from need_attachments where need_id = :needId and id = :id")
			.param("needId", needId)
			.param("id", attachmentId)
			.query(Long.class)
			.optional()
			.map((size) -> new StoredContent(attachmentId, size));
	}

	/** An attachment's content, from the database slice by slice. */
	private final class StoredContent extends AbstractResource {

		private final UUID id;

		private final long size;

		StoredContent(UUID id, long size) {
			this.id = id;
			this.size = size;
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public long contentLength() {
			return this.size;
		}

		@Override
		public InputStream getInputStream() {
			return new Slices(this.id, this.size);
		}

		@Override
		public String getDescription() {
			return "need attachment " + this.id;
		}

	}

	private final class Slices extends InputStream {

		private final UUID id;

		private final long size;

		private long read;

		private byte[] slice = new byte[0];

		private int position;

		Slices(UUID id, long size) {
			this.id = id;
			this.size = size;
		}

		@Override
		public int read() throws IOException {
			return available() > 0 || next() ? (this.slice[this.position++] & 0xff) : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (available() == 0 && !next()) {
				return -1;
			}
			int count = Math.min(length, available());
			System.arraycopy(this.slice, this.position, buffer, offset, count);
			this.position += count;
			return count;
		}

		@Override
		public int available() {
			return this.slice.length - this.position;
		}

		private boolean next() throws IOException {
			if (this.read >= this.size) {
				return false;
			}
			// substring counts from 1
			this.slice = NeedAttachments.this.jdbc
				.sql("select substring(content from :from for :length) from need_attachments where id = :id")
				.param("from", (int) this.read + 1)
				.param("length", SLICE)
				.param("id", this.id)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> new IOException("Attachment " + this.id + " is gone"));
			if (this.slice.length == 0) {
				throw new IOException("Attachment " + this.id + " is shorter than its size");
			}
			this.position = 0;
			this.read += this.slice.length;
			return true;
		}

	}

}
