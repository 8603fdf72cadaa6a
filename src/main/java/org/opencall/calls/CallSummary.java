package org.opencall.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A call as a list shows it: what it is, where it stands and its dates, without its
 * challenges and criteria. Who prepared and reviewed it is left out (empty, null) for
 * anybody but its programme's officers and auditors.
 */
public record CallSummary(String reference, String programmeCode, String programmeName, String title, CallState status,
		Instant opensAt, Instant deadline, String timeZone, BigDecimal maxGrant, String currency,
		Set<String> preparedBy, String reviewedBy) {

	public CallSummary {
		preparedBy = Set.copyOf(preparedBy);
	}

	CallSummary publicSummary() {
		return new CallSummary(this.reference, this.programmeCode, this.programmeName, this.title, this.status,
				this.opensAt, this.deadline, this.timeZone, this.maxGrant, this.currency, Set.of(), null);
	}

	/**
	 * The first calls of a list, at most a screenful, and how many the whole list holds.
	 */
	public record Screenful(List<CallSummary> calls, int total) {

		public Screenful {
			calls = List.copyOf(calls);
		}

	}

}
