package org.opencall.selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reading what the selection answers in tests: the JSON ranking's outcomes, a letter's
 * attachments, a report's text.
 */
final class SelectionAnswers {

	private SelectionAnswers() {
	}

	/** Each proposal's outcome, in the ranking's order. */
	static Map<String, String> outcomes(Map<String, Object> ranking) {
		Map<String, String> outcomes = new LinkedHashMap<>();
		list(ranking.get("proposals"))
			.forEach((row) -> outcomes.put((String) row.get("reference"), (String) row.get("outcome")));
		return outcomes;
	}

	/** The attachments of a mail, by file name. */
	static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
		Map<String, byte[]> attachments = new LinkedHashMap<>();
		if (message.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				Part part = parts.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
					attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
				}
			}
		}
		return attachments;
	}

	/** The text of a PDF, as PDFBox extracts it. */
	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
