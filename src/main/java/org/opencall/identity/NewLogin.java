package org.opencall.identity;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.opencall.platform.FieldViolation;

/**
 * The login a person creates for themself when registering: checked field by field, then
 * saved as an engine user with one role.
 */
record NewLogin(String userId, String firstName, String lastName, String email, String password) {

	private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private static final int MIN_PASSWORD = 10;

	private static final int MAX_PASSWORD = 200;

	/**
	 * Checks the personal fields of a registration; the e-mail address is the one given,
	 * or the one an invitation was sent to.
	 */
	static NewLogin check(Registration input, String email, List<FieldViolation> violations,
			IdentityService identityService) {
		String userId = (input.userId() != null) ? input.userId().strip().toLowerCase() : "";
		if (!USER_ID.matcher(userId).matches()) {
			violations.add(new FieldViolation("userId",
					"must be 3 to 64 lower-case letters, digits, dots, dashes or underscores"));
		}
		else if (identityService.createUserQuery().userId(userId).count() > 0) {
			violations.add(new FieldViolation("userId", "is taken"));
		}
		String firstName = required(violations, "firstName", input.firstName(), 100);
		String lastName = required(violations, "lastName", input.lastName(), 100);
		if (input.password() == null || input.password().length() < MIN_PASSWORD) {
			violations.add(new FieldViolation("password", "must have at least " + MIN_PASSWORD + " characters"));
		}
		else if (input.password().length() > MAX_PASSWORD) {
			violations.add(new FieldViolation("password", "must have at most " + MAX_PASSWORD + " characters"));
		}
		return new NewLogin(userId, firstName, lastName, email, input.password());
	}

	void save(IdentityService identityService, String role) {
		User user = identityService.newUser(this.userId);
		user.setFirstName(this.firstName);
		user.setLastName(this.lastName);
		user.setEmail(this.email);
		user.setPassword(this.password);
		identityService.saveUser(user);
		identityService.createMembership(this.userId, role);
	}

	static String required(List<FieldViolation> violations, String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
			return null;
		}
		if (ControlCharacters.in(value)) {
			violations.add(new FieldViolation(field, "must not contain line breaks or other control characters"));
			return null;
		}
		if (value.strip().length() > maxLength) {
			violations.add(new FieldViolation(field, "must be at most " + maxLength + " characters"));
		}
		return value.strip();
	}

	@Override
	public String toString() {
		return "NewLogin[" + this.userId + "]";
	}

}
