package org.opencall.notifications;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.opencall.platform.InvalidInputException;

/**
 * A file a mail carries, such as an evaluation summary report.
 *
 * @param fileName the name the receiver sees: no path, no control characters, at most
 * {@value #MAX_FILE_NAME} characters
 * @param contentType a media type without parameters, such as {@code application/pdf}
 * @param content the bytes, at least one and at most {@value #MAX_SIZE}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	public static final int MAX_FILE_NAME = 200;

	public static final int MAX_SIZE = 10 * 1024 * 1024;

	// RFC 6838 type and subtype names; nothing that could end a header
	private static final Pattern MEDIA_TYPE = Pattern
		.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

	public MailAttachment {
		if (fileName == null || fileName.isBlank() || fileName.equals(".") || fileName.equals("..")) {
			throw InvalidInputException.of("fileName", "a name is needed");
		}
		if (fileName.length() > MAX_FILE_NAME) {
			throw InvalidInputException.of("fileName", "longer than " + MAX_FILE_NAME + " characters");
		}
		if (fileName.codePoints().anyMatch(MailAttachment::isForbiddenInName)) {
			throw InvalidInputException.of("fileName", "no path separators or control characters");
		}
		if (contentType == null || !MEDIA_TYPE.matcher(contentType).matches()) {
			throw InvalidInputException.of("contentType", "a media type such as application/pdf");
		}
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("content", "empty");
		}
		if (content.length > MAX_SIZE) {
			throw InvalidInputException.of("content", "larger than " + MAX_SIZE + " bytes");
		}
		content = content.clone();
	}

	// format characters too: a right-to-left override (U+202E) can make an .exe read as a
	// .pdf
	private static boolean isForbiddenInName(int c) {
		int type = Character.getType(c);
		return c == '/' || c == '\\' || Character.isISOControl(c) || type == Character.FORMAT
				|| type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	/** A copy: the attachment stays as it was checked. */
	@Override
	public byte[] content() {
		return this.content.clone();
	}

	public int size() {
		return this.content.length;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailAttachment that && this.fileName.equals(that.fileName)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.fileName.hashCode() + this.contentType.hashCode()) + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "MailAttachment[" + this.fileName + ", " + this.contentType + ", " + size() + " bytes]";
	}

}
