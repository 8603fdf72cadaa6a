package org.opencall.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

/**
 * What a swap must name: the proposal, the expert who leaves it ({@code out}) and another
 * who takes their slot ({@code in}).
 */
final class SwapRules {

	private static final int NAME_LENGTH = 64;

	private SwapRules() {
	}

	static void check(String submission, String out, String in) {
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "submission", submission);
		required(violations, "out", out);
		required(violations, "in", in);
		if (violations.isEmpty() && out.equals(in)) {
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
