package org.opencall.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a few lines of text, valid enough for any reader, for the demo
 * proposals' documents. Accents are dropped (the standard font's encoding is not
 * declared), any other character outside ASCII shows as {@code ?}.
 */
final class DemoDocument {

	private DemoDocument() {
	}

	static byte[] pdf(List<String> lines) {
		StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 770 Td 16 TL");
		for (String line : lines) {
			text.append(" (").append(escaped(line)).append(") '");
		}
		text.append(" ET");
		String stream = text.toString();
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
						+ " /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach((offset) -> table.append(String.format("%010d 00000 n \n", offset)));
		table.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	private static String escaped(String line) {
		String ascii = Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.replaceAll("[^\\x20-\\x7E]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}

}
