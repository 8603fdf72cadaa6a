package org.opencall.platform;

import java.util.List;

/**
 * Input refused before anything changed; carries every field that was wrong.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super(describe(violations));
		this.violations = List.copyOf(violations);
	}

	public static InvalidInputException of(String field, String reason) {
		return new InvalidInputException(List.of(new FieldViolation(field, reason)));
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

	private static String describe(List<FieldViolation> violations) {
		return violations.stream().map((v) -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse("");
	}

}
