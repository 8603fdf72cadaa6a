package org.opencall.selection.domain;

import java.time.Instant;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.TextRules;

/** What every panel adjustment must carry, checked when it is made. */
final class AdjustmentChecks {

	private AdjustmentChecks() {
	}

	/**
	 * Checks the reference, the justification, who and when; answers the justification
	 * stripped.
	 */
	static String common(List<FieldViolation> violations, String reference, String justification, String by,
			Instant at) {
		TextRules.required(violations, "submissionReference", reference, TextRules.LINE);
		String text = TextRules.required(violations, "justification", justification, TextRules.NOTE);
		if (text != null && letters(text) < PanelAdjustment.MIN_JUSTIFICATION_LETTERS) {
			violations.add(new FieldViolation("justification",
					"must explain the change in at least " + PanelAdjustment.MIN_JUSTIFICATION_LETTERS + " letters"));
		}
		TextRules.required(violations, "by", by, TextRules.LINE);
		if (at == null) {
			violations.add(new FieldViolation("at", "is required"));
		}
		return text;
	}

	private static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
	}

}
