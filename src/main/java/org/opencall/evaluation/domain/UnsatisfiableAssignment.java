package org.opencall.evaluation.domain;

import java.util.List;

/** No complete assignment exists; these proposals are why. */
public record UnsatisfiableAssignment(List<AssignmentShortage> shortages) implements AssignmentOutcome {

	public UnsatisfiableAssignment {
		shortages = List.copyOf(shortages);
	}

}
