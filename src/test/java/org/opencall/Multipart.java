package org.opencall;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} body written by hand, so that a test controls every part:
 * its name, its type and its bytes, hostile or not.
 */
public final class Multipart {

	private static final String BOUNDARY = "opencall-test-boundary-7f3a";

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private Multipart() {
	}

	public static Multipart form() {
		return new Multipart();
	}

	/** A plain text field. */
	public Multipart field(String name, String value) {
		return part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
	}

	/** A part with its own content type, such as a JSON document. */
	public Multipart part(String name, String contentType, String value) {
		return part(name, null, contentType, value.getBytes(StandardCharsets.UTF_8));
	}

	/** A file. */
	public Multipart file(String name, String fileName, String contentType, byte[] content) {
		return part(name, fileName, contentType, content);
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	public byte[] bytes() {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(this.body.toByteArray());
		all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return all.toByteArray();
	}

	private Multipart part(String name, String fileName, String contentType, byte[] content) {
		StringBuilder head = new StringBuilder("--").append(BOUNDARY)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append('"');
		if (fileName != null) {
			head.append("; filename=\"").append(fileName).append('"');
		}
		head.append("\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
		this.body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		this.body.writeBytes(content);
		this.body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

}
