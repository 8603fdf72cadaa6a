package org.opencall.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The domain's audit records as timeline entries: the event in words ("Score submitted"),
 * who did it, and what it says, field by field, as the record keeps it, with the record's
 * number and the start of its content's SHA-256.
 */
final class RecordEntries {

	/** Records come after the engine's entries of the same instant. */
	static final long AFTER_ENGINE = 1L << 40;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int LONGEST_VALUE = 500;

	private RecordEntries() {
	}

	static List<TimelineEntry> of(List<DomainRecord> records, Function<String, String> names) {
		List<TimelineEntry> entries = new ArrayList<>(records.size());
		for (DomainRecord record : records) {
			String kind = words(record.kind());
			String actor = (record.actor() != null) ? names.apply(record.actor()) : EngineHistory.OPENCALL;
			List<String> details = new ArrayList<>(fields(record.content()));
			details.add("Record " + record.id() + ", SHA-256 " + record.contentHash().strip().substring(0, 12) + "…");
			entries.add(new TimelineEntry("r-" + record.id(), record.at(), AFTER_ENGINE + record.id(), record.actor(),
					actor, kind, TimelineEntry.RECORD, null, kind, details, List.of()));
		}
		return entries;
	}

	/** "ScoreSubmitted" → "Score submitted"; "ESRIssued" → "ESR issued". */
	static String words(String kind) {
		String[] parts = kind.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (!text.isEmpty()) {
				text.append(' ');
				boolean acronym = part.length() > 1 && part.equals(part.toUpperCase());
				text.append(acronym ? part : part.toLowerCase());
			}
			else {
				text.append(part);
			}
		}
		return text.toString();
	}

	/** Each field of the event as "name: value"; a nested value as compact JSON. */
	private static List<String> fields(String content) {
		JsonNode tree;
		try {
			tree = JSON.readTree(content);
		}
		catch (JsonProcessingException ex) {
			return List.of(abbreviated(content));
		}
		if (tree == null || !tree.isObject()) {
			return List.of(abbreviated(String.valueOf(content)));
		}
		List<String> fields = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			JsonNode value = field.getValue();
			if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
				continue;
			}
			fields.add(field.getKey() + ": " + abbreviated(value.isValueNode() ? value.asText() : value.toString()));
		}
		return fields;
	}

	private static String abbreviated(String text) {
		return (text.length() > LONGEST_VALUE) ? text.substring(0, LONGEST_VALUE) + "…" : text;
	}

}
