package org.opencall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV as RFC 4180 has it, for tests: rows of fields, by the header's names. */
public final class Csv {

	private Csv() {
	}

	/** Every record, the header first. */
	public static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		if (!record.isEmpty() || field.length() > 0) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	/** The rows after the header, each by the header's names. */
	public static List<Map<String, String>> rows(String text) {
		List<List<String>> records = records(text);
		List<String> header = records.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), (i < record.size()) ? record.get(i) : null);
			}
			rows.add(row);
		}
		return rows;
	}

}
