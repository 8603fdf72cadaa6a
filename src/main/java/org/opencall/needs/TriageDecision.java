package org.opencall.needs;

import java.util.Arrays;

import org.opencall.platform.InvalidInputException;

/**
 * What a programme officer decides about a submitted need.
 */
public enum TriageDecision {

	VALIDATE("validate"), REJECT("reject"), CLARIFY("clarify"), DUPLICATE("duplicate");

	private final String variableValue;

	TriageDecision(String variableValue) {
		this.variableValue = variableValue;
	}

	/** The value of the process variable {@code decision}, as the triage form sets it. */
	public String variableValue() {
		return this.variableValue;
	}

	public static TriageDecision fromVariable(Object value) {
		return Arrays.stream(values())
			.filter((d) -> d.variableValue.equals(value) || d.name().equals(value))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("decision", "must be validate, reject, clarify or duplicate"));
	}

}
