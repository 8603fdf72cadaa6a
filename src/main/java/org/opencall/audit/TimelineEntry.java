package org.opencall.audit;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a subject: when, who did it (a person's name, or what acted
 * for nobody: "Opencall", "The engine's clock"), what, and the values it recorded.
 *
 * @param order ties broken by the order the engine recorded them in
 */
public record TimelineEntry(Instant at, long order, String actor, String event, List<String> details) {

	public TimelineEntry {
		details = List.copyOf(details);
	}

}
