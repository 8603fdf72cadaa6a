package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company registers itself and its first login; the login is an applicant of that
 * organisation. An organisation already registered with the same name, country and
 * registration number is joined, not duplicated.
 */
@Service
@Transactional
public class ApplicantRegistration {

	static final Set<OrganisationType> APPLICANT_TYPES = Set.of(OrganisationType.SME, OrganisationType.START_UP,
			OrganisationType.LARGE_COMPANY, OrganisationType.RESEARCH_OR_PUBLIC_BODY);

	private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final int MIN_PASSWORD = 10;

	private static final int MAX_PASSWORD = 200;

	/** The longest address mail servers deliver to (RFC 5321). */
	private static final int MAX_EMAIL = 254;

	private final IdentityService identityService;

	private final Directory directory;

	private final JdbcClient jdbc;

	ApplicantRegistration(IdentityService identityService, Directory directory, JdbcClient jdbc) {
		this.identityService = identityService;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	public Organisation register(Registration input) {
		List<FieldViolation> violations = new ArrayList<>();
		String name = required(violations, "organisationName", input.organisationName(), 200);
		String country = (input.country() != null) ? input.country().strip().toUpperCase() : "";
		if (!COUNTRIES.contains(country)) {
			violations.add(new FieldViolation("country", "must be an ISO 3166 country code, e.g. PT"));
		}
		OrganisationType type = organisationType(violations, input.organisationType());
		String number = required(violations, "registrationNumber", input.registrationNumber(), 60);
		String userId = (input.userId() != null) ? input.userId().strip().toLowerCase() : "";
		if (!USER_ID.matcher(userId).matches()) {
			violations.add(new FieldViolation("userId",
					"must be 3 to 64 lower-case letters, digits, dots, dashes or underscores"));
		}
		else if (this.identityService.createUserQuery().userId(userId).count() > 0) {
			violations.add(new FieldViolation("userId", "is taken"));
		}
		String firstName = required(violations, "firstName", input.firstName(), 100);
		String lastName = required(violations, "lastName", input.lastName(), 100);
		String email = (input.email() != null) ? input.email().strip() : "";
		if (email.length() > MAX_EMAIL) {
			violations.add(new FieldViolation("email", "must be at most " + MAX_EMAIL + " characters"));
		}
		else if (!EMAIL.matcher(email).matches()) {
			violations.add(new FieldViolation("email", "is not an e-mail address"));
		}
		if (input.password() == null || input.password().length() < MIN_PASSWORD) {
			violations.add(new FieldViolation("password", "must have at least " + MIN_PASSWORD + " characters"));
		}
		else {
			TextRules.optional(violations, "password", input.password(), MAX_PASSWORD);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Organisation organisation = existing(name, country, number)
			.orElseGet(() -> this.directory.registerOrganisation(name, country, type, number));
		User user = this.identityService.newUser(userId);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEmail(email);
		user.setPassword(input.password());
		this.identityService.saveUser(user);
		this.identityService.createMembership(userId, Roles.APPLICANTS);
		this.directory.joinOrganisation(userId, organisation.id());
		return organisation;
	}

	private java.util.Optional<Organisation> existing(String name, String country, String number) {
		return this.jdbc.sql("""
				select id from organisations where lower(name) = lower(:name) and country = :country
				and registration_number = :number
				""")
			.param("name", name)
			.param("country", country)
			.param("number", number)
			.query(java.util.UUID.class)
			.optional()
			.flatMap(this.directory::organisation);
	}

	private static OrganisationType organisationType(List<FieldViolation> violations, String value) {
		try {
			OrganisationType type = OrganisationType.valueOf((value != null) ? value.strip().toUpperCase() : "");
			if (APPLICANT_TYPES.contains(type)) {
				return type;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		violations.add(new FieldViolation("organisationType", "must be one of " + APPLICANT_TYPES));
		return null;
	}

	private static String required(List<FieldViolation> violations, String field, String value, int maxLength) {
		return TextRules.required(violations, field, value, maxLength);
	}

}
