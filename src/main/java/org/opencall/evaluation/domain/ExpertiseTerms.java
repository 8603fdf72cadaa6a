package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.opencall.platform.FieldViolation;

/**
 * The short terms an expert's expertise is matched by: keywords ("HL7 FHIR", "remote
 * monitoring") and topics ("digital health"). Each term is 2 to 60 letters, digits,
 * spaces or {@code - + / & . ' ( )}, starting with a letter or digit; blanks inside a
 * term collapse to one, and a term given twice (in any case) counts once.
 */
public final class ExpertiseTerms {

	public static final int MAX_TERM_LENGTH = 60;

	private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M} +/&.'()-]{1,59}");

	private ExpertiseTerms() {
	}

	/**
	 * The terms, tidied, with a reason per refused term ({@code field[i]}) or for the
	 * list ({@code field}) added to the violations.
	 */
	public static List<String> check(List<FieldViolation> violations, String field, List<String> terms, int min,
			int max) {
		Map<String, String> tidy = new LinkedHashMap<>();
		List<String> given = (terms != null) ? terms : List.of();
		for (int i = 0; i < given.size(); i++) {
			String term = (given.get(i) != null) ? given.get(i).strip().replaceAll("\\s+", " ") : "";
			if (term.isEmpty()) {
				continue;
			}
			if (!TERM.matcher(term).matches()) {
				violations.add(new FieldViolation(field + "[" + i + "]",
						"must be 2 to 60 letters, digits, spaces or - + / & . ' ( ), starting with a letter or digit"));
			}
			else {
				tidy.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
			}
		}
		if (tidy.size() < min) {
			violations.add(new FieldViolation(field, "must name at least " + min + ((min == 1) ? " term" : " terms")));
		}
		else if (tidy.size() > max) {
			violations.add(new FieldViolation(field, "must name at most " + max + " terms"));
		}
		return new ArrayList<>(tidy.values());
	}

}
