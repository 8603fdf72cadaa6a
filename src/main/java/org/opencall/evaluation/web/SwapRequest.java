package org.opencall.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

/**
 * An officer's swap on one proposal: {@code out} leaves it, {@code in} takes their slot.
 */
record SwapRequest(String submission, String out, String in) {

	private static final int NAME_LENGTH = 64;

	void validate() {
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "submission", this.submission);
		required(violations, "out", this.out);
		required(violations, "in", this.in);
		if (violations.isEmpty() && this.out.equals(this.in)) {
			violations.add(new FieldViolation("in", "must be another expert than the one who leaves"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static void required(List<FieldViolation> violations, String field, String value) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
		}
		else {
			TextRules.optional(violations, field, value, NAME_LENGTH);
		}
	}

}
