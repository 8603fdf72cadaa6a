package org.opencall.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a form shows as a field's label, for errors named outside the field itself
 * (the summary at the top of a form): {@code ${@fieldLabels.of('requestedAmount')}} gives
 * "Requested amount". A label is looked up as {@code field.<name>} in the page messages
 * (row indexes left out: {@code challenges[2].title} is {@code field.challenges.title});
 * without one, the field's name is spelled out as words.
 */
@Component("fieldLabels")
public class FieldLabels {

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String field) {
		if (field == null || field.isBlank()) {
			return "";
		}
		String key = field.replaceAll("\\[[^]]*]", "");
		String row = rowOf(field);
		String label = this.messages.getMessage("field." + key, null, null, Locale.UK);
		if (label == null) {
			label = spelledOut(key.substring(key.lastIndexOf('.') + 1));
		}
		return (row != null) ? label + " (row " + row + ")" : label;
	}

	/** The one-based row a field of a list is in, or null. */
	private static String rowOf(String field) {
		int open = field.indexOf('[');
		int close = field.indexOf(']', open + 1);
		if (open < 0 || close < 0) {
			return null;
		}
		String index = field.substring(open + 1, close);
		return index.chars().allMatch(Character::isDigit) && !index.isEmpty()
				? String.valueOf(Integer.parseInt(index) + 1) : index;
	}

	/** {@code requestedAmount} as "Requested amount", {@code trl} as "TRL". */
	static String spelledOut(String name) {
		if (name.length() <= 3) {
			return name.toUpperCase(Locale.ROOT);
		}
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
