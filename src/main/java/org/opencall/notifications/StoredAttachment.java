package org.opencall.notifications;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import jakarta.activation.DataSource;
import jakarta.mail.EncodingAware;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file of the mail being sent, read from the outbox while the message is written, a
 * chunk at a time: a batch of pending mails never holds their files in memory.
 */
final class StoredAttachment implements DataSource, EncodingAware {

	private static final int CHUNK = 1024 * 1024;

	private final JdbcClient jdbc;

	private final long mailId;

	private final int position;

	private final String name;

	private final String contentType;

	private final int size;

	private StoredAttachment(JdbcClient jdbc, long mailId, int position, String name, String contentType, int size) {
		this.jdbc = jdbc;
		this.mailId = mailId;
		this.position = position;
		this.name = name;
		this.contentType = contentType;
		this.size = size;
	}

	/** The files of a mail, in order, without their bytes. */
	static List<StoredAttachment> of(JdbcClient jdbc, long mailId) {
		return jdbc.sql("""
				select position, file_name, content_type, size from mail_attachments
				where mail_id = :mail order by position
				""")
			.param("mail", mailId)
			.query((row, number) -> new StoredAttachment(jdbc, mailId, row.getInt("position"),
					row.getString("file_name"), row.getString("content_type"), row.getInt("size")))
			.list();
	}

	@Override
	public InputStream getInputStream() {
		return new Chunks();
	}

	@Override
	public OutputStream getOutputStream() {
		throw new UnsupportedOperationException("a stored attachment is read only");
	}

	@Override
	public String getContentType() {
		return this.contentType;
	}

	@Override
	public String getName() {
		return this.name;
	}

	/** Base64 without a look at the bytes, which would read the file once more. */
	@Override
	public String getEncoding() {
		return "base64";
	}

	/**
	 * The bytes in slices; the column is stored uncompressed, so that PostgreSQL reads
	 * only the slice asked for.
	 */
	private final class Chunks extends InputStream {

		private byte[] chunk = new byte[0];

		private int next;

		private int read;

		@Override
		public int read() {
			return fill() ? (this.chunk[this.next++] & 0xff) : -1;
		}

		@Override
		public int read(byte[] into, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int count = Math.min(length, this.chunk.length - this.next);
			System.arraycopy(this.chunk, this.next, into, offset, count);
			this.next += count;
			return count;
		}

		private boolean fill() {
			if (this.next < this.chunk.length) {
				return true;
			}
			if (this.read >= StoredAttachment.this.size) {
				return false;
			}
			this.chunk = StoredAttachment.this.jdbc.sql("""
					select substring(content from :from for :length) from mail_attachments
					where mail_id = :mail and position = :position
					""")
				.param("from", this.read + 1)
				.param("length", CHUNK)
				.param("mail", StoredAttachment.this.mailId)
				.param("position", StoredAttachment.this.position)
				.query(byte[].class)
				.single();
			this.read += this.chunk.length;
			this.next = 0;
			return this.chunk.length > 0;
		}

	}

}
