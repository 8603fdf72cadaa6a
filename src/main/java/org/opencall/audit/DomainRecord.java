package org.opencall.audit;

import java.time.Instant;
import java.util.List;

/**
 * One domain audit record, as stored: what happened ({@code kind}, the event's class
 * name, e.g. {@code ScoreSubmitted}), who did it ({@code actor}, a login, or {@code null}
 * when Opencall or its clock did), to which subjects (most specific first) and when, with
 * the event's components as JSON and the SHA-256 its chain link seals.
 */
public record DomainRecord(long id, Instant at, String kind, String actor, List<String> subjects, String content,
		String contentHash) {

	public DomainRecord {
		subjects = List.copyOf(subjects);
	}

	/**
	 * The hash of what the record says now, to compare with the one it was sealed with.
	 */
	String computedHash() {
		return ChainHashes.content(this.kind, this.actor, this.at, this.subjects, this.content);
	}

}
