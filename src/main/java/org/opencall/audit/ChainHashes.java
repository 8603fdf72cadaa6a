package org.opencall.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.opencall.platform.Sha256;

/**
 * The hashes of the audit chain. A record's content hash is the SHA-256 of its canonical
 * string: the JSON array {@code [kind, actor, recorded at, [subjects…], content]}, the
 * time as an ISO-8601 instant in UTC to the microsecond (what PostgreSQL keeps), the
 * actor {@code null} when nobody acted. A JSON array leaves no doubt where one part ends
 * and the next begins. A link hash is the SHA-256 of the previous link's hash followed by
 * the record's content hash, both as lower-case hex; the first link follows
 * {@link #GENESIS}.
 */
final class ChainHashes {

	static final String GENESIS = "0".repeat(64);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private ChainHashes() {
	}

	static String content(String kind, String actor, Instant at, List<String> subjects, String content) {
		List<Object> parts = new ArrayList<>();
		parts.add(kind);
		parts.add(actor);
		parts.add(DateTimeFormatter.ISO_INSTANT.format(at));
		parts.add(subjects);
		parts.add(content);
		try {
			return Sha256.hex(JSON.writeValueAsString(parts));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Strings and lists always write as JSON", ex);
		}
	}

	static String link(String previousHash, String contentHash) {
		return Sha256.hex(previousHash + contentHash);
	}

}
