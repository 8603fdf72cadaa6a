package org.opencall.identity;

import java.util.List;
import java.util.regex.Pattern;

import org.opencall.platform.FieldViolation;

/**
 * An e-mail address as a person types it: something, an at sign, a domain with a dot; no
 * blanks, and no line break or other control character anywhere (a CR or LF would carry
 * text into the headers of the mail sent to it).
 */
final class EmailAddress {

	private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Z}]+@[^@\\s\\p{Z}]+\\.[^@\\s\\p{Z}]+");

	private static final int MAX_LENGTH = 254;

	private EmailAddress() {
	}

	/**
	 * The address without surrounding spaces, or {@code null} with the reason added to
	 * the violations.
	 */
	static String check(List<FieldViolation> violations, String field, String value) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
			return null;
		}
		if (ControlCharacters.in(value)) {
			violations.add(new FieldViolation(field, "must not contain line breaks or other control characters"));
			return null;
		}
		String address = value.strip();
		if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
			violations.add(new FieldViolation(field, "is not an e-mail address"));
			return null;
		}
		return address;
	}

}
