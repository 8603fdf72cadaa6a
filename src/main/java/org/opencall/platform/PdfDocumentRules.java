package org.opencall.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an uploaded document must be: a non-empty PDF within the size limit, with a plain
 * file name.
 */
public final class PdfDocumentRules {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private PdfDocumentRules() {
	}

	public static void check(String field, String fileName, byte[] content, long maxBytes) {
		if (fileName == null || fileName.isBlank()) {
			throw InvalidInputException.of(field, "needs a file name");
		}
		if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")) {
			throw InvalidInputException.of(field, "file name must not contain path separators");
		}
		if (TextRules.hasControlCharacter(fileName)) {
			throw InvalidInputException.of(field, "file name must not contain control characters");
		}
		if (fileName.length() > 200) {
			throw InvalidInputException.of(field, "file name must be at most 200 characters");
		}
		if (content == null || content.length == 0) {
			throw InvalidInputException.of(field, "is empty");
		}
		if (content.length > maxBytes) {
			throw InvalidInputException.of(field, "is larger than " + (maxBytes / (1024 * 1024)) + " MB");
		}
		if (content.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
			throw InvalidInputException.of(field, "must be a PDF document");
		}
	}

}
