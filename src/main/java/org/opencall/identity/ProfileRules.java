package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.opencall.platform.FieldViolation;

/**
 * What a person may write into their own profile: their names and an e-mail address, in
 * plain text without line breaks or control characters (a CR or LF in an address would
 * let a mail header be forged).
 */
final class ProfileRules {

	static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

	private static final int NAME_LENGTH = 100;

	private static final int EMAIL_LENGTH = 254;

	private ProfileRules() {
	}

	static List<FieldViolation> refusals(String userId, String id, String firstName, String lastName, String email) {
		List<FieldViolation> refusals = new ArrayList<>();
		if (id != null && !id.equals(userId)) {
			refusals.add(new FieldViolation("id", "cannot be changed"));
		}
		name(refusals, "firstName", firstName);
		name(refusals, "lastName", lastName);
		if (email == null || email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			refusals.add(new FieldViolation("email", "is not an e-mail address"));
		}
		return refusals;
	}

	private static void name(List<FieldViolation> refusals, String field, String value) {
		if (value == null || value.isBlank()) {
			refusals.add(new FieldViolation(field, "is required"));
		}
		else if (value.length() > NAME_LENGTH) {
			refusals.add(new FieldViolation(field, "must be at most " + NAME_LENGTH + " characters"));
		}
		else if (value.chars().anyMatch(Character::isISOControl)) {
			refusals.add(new FieldViolation(field, "must not contain line breaks or control characters"));
		}
	}

}
