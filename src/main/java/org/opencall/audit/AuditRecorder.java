package org.opencall.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.opencall.platform.Audited;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps every domain event that is {@link Audited} as an audit record, in the transaction
 * that publishes it: the record exists exactly when the change it tells of does. One
 * insert and no lock, so that intake stays fast; the {@link AuditSealer} chains the
 * records afterwards. The time is the application's clock, which the engine's follows.
 */
@Component
class AuditRecorder {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void record(Audited event) {
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String kind = event.getClass().getSimpleName();
		String actor = event.auditActor();
		List<String> subjects = event.auditSubjects()
			.stream()
			.filter(Objects::nonNull)
			.filter((subject) -> !subject.isBlank())
			.distinct()
			.toList();
		String content = contentOf(event);
		this.jdbc.sql("""
				insert into audit_records (recorded_at, kind, actor, subjects, content, content_hash)
				values (:at, :kind, :actor, :subjects, :content, :hash)
				""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("kind", kind)
			.param("actor", actor)
			.param("subjects", subjects.toArray(String[]::new))
			.param("content", content)
			.param("hash", ChainHashes.content(kind, actor, at, subjects, content))
			.update();
	}

	static String contentOf(Audited event) {
		try {
			return JSON.writeValueAsString(event);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not keep a " + event.getClass().getSimpleName() + " as JSON", ex);
		}
	}

}
