package org.opencall.platform;

import java.util.List;

/**
 * What every text a user sends must respect: a length limit, and no control characters
 * other than tab, carriage return and line feed (a NUL byte cannot even be stored), nor
 * the invisible controls that reorder text for display (bidirectional embeddings,
 * overrides and isolates, which make a text read otherwise than it is stored). Checked on
 * every HTTP input (JSON and forms, with {@link #MAX} as the limit of any text) and
 * again, with each field's own limit, by the domain.
 */
public final class TextRules {

	/** One line: titles, names, references, short answers. */
	public static final int LINE = 200;

	/** Free text kept by the domain alone: descriptions, questions, answers. */
	public static final int TEXT = 20_000;

	/**
	 * A note that travels with a task as a process variable: comments, reasons,
	 * justifications, notes, scorecard comments. The engine keeps a text variable of at
	 * most 4,000 characters (its {@code TEXT_} columns), so a longer note would be
	 * accepted here and lost when the engine writes it.
	 */
	public static final int NOTE = 4_000;

	/** The longest text any input may carry. */
	public static final int MAX = TEXT;

	public static final String CONTROL_CHARACTERS = "must not contain control characters";

	private TextRules() {
	}

	/** Why the text is refused, or {@code null} when it is acceptable. */
	public static String problem(String value, int maxLength) {
		if (value == null) {
			return null;
		}
		if (value.length() > maxLength && value.strip().length() > maxLength) {
			return "must be at most " + maxLength + " characters";
		}
		if (hasControlCharacter(value)) {
			return CONTROL_CHARACTERS;
		}
		return null;
	}

	/** Checks an optional text; answers it stripped, {@code null} when absent. */
	public static String optional(List<FieldViolation> violations, String field, String value, int maxLength) {
		String reason = problem(value, maxLength);
		if (reason != null) {
			violations.add(new FieldViolation(field, reason));
		}
		return (value != null) ? value.strip() : null;
	}

	/** Checks a text that must be there; answers it stripped. */
	public static String required(List<FieldViolation> violations, String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
			return null;
		}
		return optional(violations, field, value, maxLength);
	}

	/** Refuses an optional text at once; answers it stripped. */
	public static String check(String field, String value, int maxLength) {
		String reason = problem(value, maxLength);
		if (reason != null) {
			throw InvalidInputException.of(field, reason);
		}
		return (value != null) ? value.strip() : null;
	}

	/**
	 * Control characters other than tab, carriage return and line feed, and the
	 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
	 * The marks that only set a direction (U+200E, U+200F) are harmless and kept.
	 */
	public static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') || (c >= '\u202a' && c <= '\u202e')
					|| (c >= '\u2066' && c <= '\u2069')) {
				return true;
			}
		}
		return false;
	}

}
