package org.opencall.audit;

import java.time.Instant;

/**
 * One process instance a timeline joins: its engine id, its model's key and name, the
 * business key that ties it to the domain, when it started and ended ({@code null} while
 * it runs).
 */
public record TimelineProcess(String instanceId, String key, String name, String businessKey, Instant started,
		Instant ended) {

	/** "Submission (S-000012)": how the timeline names it. */
	public String label() {
		return this.name + " (" + this.businessKey + ")";
	}

}
