package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company registers itself and its first login; the login is an applicant of that
 * organisation. A company that is already registered (same country, and the same
 * registration number or the same name in any case) is never joined this way: whoever
 * works there asks a member for an {@link Invitations invitation}.
 */
@Service
@Transactional
public class ApplicantRegistration {

	static final Set<OrganisationType> APPLICANT_TYPES = Set.of(OrganisationType.SME, OrganisationType.START_UP,
			OrganisationType.LARGE_COMPANY, OrganisationType.RESEARCH_OR_PUBLIC_BODY);

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final String ASK_FOR_AN_INVITATION = "ask one of its members to invite you";

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
		String name = NewLogin.required(violations, "organisationName", input.organisationName(), 200);
		String country = (input.country() != null) ? input.country().strip().toUpperCase() : "";
		boolean knownCountry = COUNTRIES.contains(country);
		if (!knownCountry) {
			violations.add(new FieldViolation("country", "must be an ISO 3166 country code, e.g. PT"));
		}
		OrganisationType type = organisationType(violations, input.organisationType());
		String number = NewLogin.required(violations, "registrationNumber", input.registrationNumber(), 60);
		if (name != null && number != null && knownCountry) {
			violations.addAll(alreadyRegistered(name, country, number));
		}
		String email = EmailAddress.check(violations, "email", input.email());
		NewLogin login = NewLogin.check(input, email, violations, this.identityService);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Organisation organisation = this.directory.createOrganisation(name, country, type, number);
		login.save(this.identityService, Roles.APPLICANTS);
		this.directory.joinOrganisation(login.userId(), organisation.id());
		return organisation;
	}

	/**
	 * The fields that match an organisation of the country already registered. Holds a
	 * lock on the country until the transaction ends, so that two registrations of the
	 * same company cannot both pass.
	 */
	private List<FieldViolation> alreadyRegistered(String name, String country, String number) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "organisation-registration " + country)
			.query()
			.listOfRows();
		List<Match> matches = this.jdbc.sql("""
				select lower(name) = lower(:name) as same_name,
				       coalesce(upper(regexp_replace(registration_number, '[\\s.-]', '', 'g'))
				                = upper(regexp_replace(:number, '[\\s.-]', '', 'g')), false) as same_number
				from organisations where country = :country
				and (lower(name) = lower(:name)
				     or upper(regexp_replace(registration_number, '[\\s.-]', '', 'g'))
				        = upper(regexp_replace(:number, '[\\s.-]', '', 'g')))
				""")
			.param("name", name)
			.param("number", number)
			.param("country", country)
			.query((rs, row) -> new Match(rs.getBoolean("same_name"), rs.getBoolean("same_number")))
			.list();
		List<FieldViolation> violations = new ArrayList<>();
		if (matches.stream().anyMatch(Match::sameName)) {
			violations.add(new FieldViolation("organisationName",
					"is already registered in this country: " + ASK_FOR_AN_INVITATION));
		}
		if (matches.stream().anyMatch(Match::sameNumber)) {
			violations.add(new FieldViolation("registrationNumber",
					"belongs to an organisation already registered in this country: " + ASK_FOR_AN_INVITATION));
		}
		return violations;
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

	private record Match(boolean sameName, boolean sameNumber) {
	}

}
