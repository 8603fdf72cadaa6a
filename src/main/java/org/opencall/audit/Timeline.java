package org.opencall.audit;

import java.util.List;
import java.util.Map;

/**
 * A subject's history as the filter shows it: the subject, the processes it joins, the
 * people and kinds of entry to filter by, the entries shown and how many there are in
 * all.
 */
public record Timeline(ReadableSubject subject, List<TimelineProcess> processes, List<Person> people,
		List<String> kinds, TimelineFilter filter, List<TimelineEntry> entries, int total, Map<String, String> labels) {

	public Timeline {
		processes = List.copyOf(processes);
		people = List.copyOf(people);
		kinds = List.copyOf(kinds);
		entries = List.copyOf(entries);
		labels = Map.copyOf(labels);
	}

	/** How a link names the entry it leads to, shown or not. */
	public String labelOf(String id) {
		return this.labels.getOrDefault(id, id);
	}

	/** Someone who acted on the timeline: their login and how it names them. */
	public record Person(String id, String name) {
	}

}
