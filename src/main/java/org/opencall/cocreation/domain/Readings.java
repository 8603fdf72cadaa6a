package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The values of the pilot's indicators as a deliverable reports them, by indicator name.
 */
public record Readings(Map<String, BigDecimal> values) {

	private static final BigDecimal LIMIT = new BigDecimal("999999999999");

	public Readings {
		values = Map.copyOf(values);
	}

	/**
	 * Reads values typed by people ("12", "3.5", "3,5"); an indicator left empty has no
	 * reading. Refuses, naming {@code field.name}, a value that is not a number and a
	 * name that is not one of the indicators.
	 */
	static Map<String, BigDecimal> parse(String field, Map<String, String> typed, List<Indicator> indicators,
			boolean everyOne) {
		Set<String> names = indicators.stream().map(Indicator::name).collect(Collectors.toSet());
		List<FieldViolation> violations = new ArrayList<>();
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Map<String, String> given = (typed != null) ? typed : Map.of();
		given.forEach((name, text) -> {
			if (!names.contains(name)) {
				violations.add(new FieldViolation(field + "." + name, "is not an indicator of this pilot"));
			}
			else if (text != null && !text.isBlank()) {
				BigDecimal value = number(text);
				if (value == null) {
					violations.add(new FieldViolation(field + "." + name, "must be a number, such as 12 or 3.5"));
				}
				else {
					values.put(name, value);
				}
			}
		});
		if (everyOne) {
			for (Indicator indicator : indicators) {
				if (!values.containsKey(indicator.name())
						&& violations.stream().noneMatch((v) -> v.field().equals(field + "." + indicator.name()))) {
					violations.add(new FieldViolation(field + "." + indicator.name(), "is required"));
				}
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return values;
	}

	private static BigDecimal number(String text) {
		String plain = text.strip().replace(',', '.');
		if (plain.length() > 30) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(plain);
			return (value.abs().compareTo(LIMIT) > 0 || value.scale() > 4) ? null : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
