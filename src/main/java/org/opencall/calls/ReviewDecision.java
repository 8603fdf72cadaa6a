package org.opencall.calls;

import java.util.Arrays;

import org.opencall.platform.InvalidInputException;

/**
 * What the reviewing officer decides about a prepared call.
 */
public enum ReviewDecision {

	APPROVE("approve"), SEND_BACK("sendBack");

	private final String variableValue;

	ReviewDecision(String variableValue) {
		this.variableValue = variableValue;
	}

	/** The value of the process variable {@code decision}, as the review form sets it. */
	public String variableValue() {
		return this.variableValue;
	}

	public static ReviewDecision fromVariable(Object value) {
		return Arrays.stream(values())
			.filter((decision) -> decision.variableValue.equals(value) || decision.name().equals(value))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("decision", "must be approve or sendBack"));
	}

}
