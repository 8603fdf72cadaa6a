package org.opencall.submissions;

import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * A document's content on its way to a reader who may read it: its size, and the content
 * written to a stream as it is read from the database, never held whole in memory.
 */
public final class DocumentDownload {

	private final long size;

	private final Consumer<OutputStream> content;

	DocumentDownload(long size, Consumer<OutputStream> content) {
		this.size = size;
		this.content = content;
	}

	public long size() {
		return this.size;
	}

	/** Writes the content to the stream, once, as it is read. */
	public void writeTo(OutputStream out) {
		this.content.accept(out);
	}

}
