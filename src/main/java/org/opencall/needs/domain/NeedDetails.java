package org.opencall.needs.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

/**
 * The accepted content of a need: every field present and within its limits.
 */
public record NeedDetails(String title, String description, CareSetting careSetting, String affectedPopulation,
		int affectedCount, String currentPractice, String currentBurden, String expectedBenefit, Urgency urgency,
		Set<ConfidentialField> confidentialFields) {

	private static final int TITLE_LENGTH = TextRules.LINE;

	private static final int TEXT_LENGTH = 10_000;

	public NeedDetails {
		confidentialFields = (confidentialFields == null || confidentialFields.isEmpty()) ? Set.of()
				: Set.copyOf(confidentialFields);
	}

	/**
	 * Accepts a need as its owner wrote it, or names every field that is missing or
	 * wrong; choices are given by their codes.
	 */
	public static NeedDetails of(String title, String description, String careSetting, String affectedPopulation,
			Integer affectedCount, String currentPractice, String currentBurden, String expectedBenefit, String urgency,
			Set<String> confidentialFields) {
		List<FieldViolation> violations = new ArrayList<>();
		String checkedTitle = text(violations, "title", title, TITLE_LENGTH);
		String checkedDescription = text(violations, "description", description, TEXT_LENGTH);
		CareSetting setting = choice(violations, "careSetting", careSetting, CareSetting.class);
		String population = text(violations, "affectedPopulation", affectedPopulation, TEXT_LENGTH);
		if (affectedCount == null) {
			violations.add(new FieldViolation("affectedCount", "is required"));
		}
		else if (affectedCount < 1) {
			violations.add(new FieldViolation("affectedCount", "must be at least 1"));
		}
		String practice = text(violations, "currentPractice", currentPractice, TEXT_LENGTH);
		String burden = text(violations, "currentBurden", currentBurden, TEXT_LENGTH);
		String benefit = text(violations, "expectedBenefit", expectedBenefit, TEXT_LENGTH);
		Urgency checkedUrgency = choice(violations, "urgency", urgency, Urgency.class);
		Set<ConfidentialField> confidential = EnumSet.noneOf(ConfidentialField.class);
		if (confidentialFields != null) {
			for (String field : confidentialFields) {
				ConfidentialField value = choice(violations, "confidentialFields", field, ConfidentialField.class);
				if (value != null) {
					confidential.add(value);
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new NeedDetails(checkedTitle, checkedDescription, setting, population, affectedCount, practice, burden,
				benefit, checkedUrgency, confidential);
	}

	public boolean isConfidential(ConfidentialField field) {
		return this.confidentialFields.contains(field);
	}

	private static String text(List<FieldViolation> violations, String field, String value, int maxLength) {
		return TextRules.required(violations, field, value, maxLength);
	}

	private static <E extends Enum<E>> E choice(List<FieldViolation> violations, String field, String value,
			Class<E> type) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation(field, "must be one of " + List.of(type.getEnumConstants())));
			return null;
		}
	}

}
