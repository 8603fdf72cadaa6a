package org.opencall.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One thing that happened to a subject: when, who did it (a person's name and login, or
 * what acted for nobody: "Opencall", "The engine's clock"), which kind of thing it was,
 * whether the engine's history or a domain audit record tells it, in which process, what,
 * and the values it recorded. A domain record and the engine's entry of the same action
 * name each other in {@code links}.
 *
 * @param id its anchor on the page, stable between readings: {@code r-} and the record's
 * id for a domain record, a letter and the engine's own id for an engine entry
 * @param order ties broken by the order the engine recorded them in
 * @param actorId the person's login, or {@code null}
 * @param kind for the engine: process, activity, task, timer, variable, comment, incident
 * or operation; for a record the event in words ("Score submitted")
 * @param source {@link #ENGINE} or {@link #RECORD}
 * @param process the process it happened in; for a record, its linked entry's
 */
public record TimelineEntry(String id, Instant at, @JsonIgnore long order, String actorId, String actor, String kind,
		String source, TimelineProcess process, String event, List<String> details, List<String> links) {

	static final String ENGINE = "engine";

	static final String RECORD = "record";

	public TimelineEntry {
		details = List.copyOf(details);
		links = List.copyOf(links);
	}

	/**
	 * This entry naming the others; a record takes the process and the place in order of
	 * the engine entry it is linked to, so that it shows right after it.
	 */
	TimelineEntry linkedTo(List<String> others, TimelineEntry action) {
		return new TimelineEntry(this.id, this.at, (action != null) ? action.order : this.order, this.actorId,
				this.actor, this.kind, this.source, (action != null) ? action.process : this.process, this.event,
				this.details, others);
	}

	/** Whether the domain's audit records tell it (not the engine's history). */
	@JsonIgnore
	public boolean isRecord() {
		return RECORD.equals(this.source);
	}

}
