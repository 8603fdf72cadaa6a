package org.opencall.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.opencall.platform.FieldViolation;

/**
 * The fields of one Camunda Form as a user may submit them when completing a task: the
 * editable fields, the fields shown only for context (disabled or read-only, which may
 * come back unchanged) and the required ones.
 */
public record TaskForm(String id, Set<String> editable, Set<String> shown, Set<String> required) {

	/** Variable types a form field can produce: text, numbers, yes/no, dates, choices. */
	static final Set<String> FIELD_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date",
			"json", "null");

	public TaskForm {
		editable = Set.copyOf(editable);
		shown = Set.copyOf(shown);
		required = Set.copyOf(required);
	}

	/**
	 * Why a completion carrying these variables is refused; empty when it carries only
	 * this form's fields, unchanged context fields and every required field.
	 * @param submitted the submitted variables by name
	 * @param current the current value of a variable of the task's scope
	 */
	public List<FieldViolation> refusals(Map<String, SubmittedVariable> submitted, Function<String, Object> current) {
		List<FieldViolation> refusals = new ArrayList<>();
		submitted.forEach((name, variable) -> {
			if (variable.type() != null && !FIELD_TYPES.contains(variable.type().toLowerCase())) {
				refusals.add(new FieldViolation(name, "must be text, a number, yes/no, a date or a choice"));
			}
			else if (this.shown.contains(name)) {
				if (!sameValue(variable.value(), current.apply(name))) {
					refusals.add(new FieldViolation(name, "is shown for information and cannot be changed"));
				}
			}
			else if (!this.editable.contains(name)) {
				refusals.add(new FieldViolation(name, "is not a field of this task's form"));
			}
		});
		for (String name : this.required) {
			SubmittedVariable variable = submitted.get(name);
			if (variable == null || variable.value() == null || variable.value().toString().isBlank()) {
				refusals.add(new FieldViolation(name, "is required"));
			}
		}
		return refusals;
	}

	private static boolean sameValue(Object submitted, Object current) {
		String value = (submitted != null) ? submitted.toString() : "";
		return value.equals((current != null) ? current.toString() : "");
	}

	/** A variable as a completion submits it: its value and its declared type, if any. */
	public record SubmittedVariable(Object value, String type) {
	}

}
