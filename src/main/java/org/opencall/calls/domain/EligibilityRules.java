package org.opencall.calls.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opencall.platform.FieldViolation;

import org.springframework.data.relational.core.mapping.Column;

/**
 * Who may apply to a call: the applicant's country and kind of organisation, and the
 * technology readiness level of the solution. The eligibility decision table reads them.
 * Defaults follow cascade-funding practice: SMEs and start-ups of the EU member states,
 * TRL 5 to 8.
 */
public record EligibilityRules(@Column("eligible_countries") Set<String> countries,
		@Column("eligible_organisation_types") Set<String> organisationTypes, int trlMin, int trlMax) {

	public static final Set<String> EU_MEMBER_STATES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
			"FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	public static final List<String> ORGANISATION_TYPES = List.of("SME", "START_UP", "LARGE_COMPANY",
			"RESEARCH_OR_PUBLIC_BODY");

	public static final EligibilityRules DEFAULT = new EligibilityRules(EU_MEMBER_STATES, Set.of("SME", "START_UP"), 5,
			8);

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	public EligibilityRules {
		countries = Set.copyOf(countries);
		organisationTypes = Set.copyOf(organisationTypes);
	}

	/** The rules as entered; what is missing takes its default. */
	public record Draft(List<String> countries, List<String> organisationTypes, Integer trlMin, Integer trlMax) {
	}

	static EligibilityRules of(Draft draft, List<FieldViolation> violations) {
		if (draft == null) {
			return DEFAULT;
		}
		Set<String> countries = new LinkedHashSet<>();
		for (String country : (draft.countries() != null) ? draft.countries() : List.<String>of()) {
			String code = (country != null) ? country.strip().toUpperCase() : "";
			if (!ISO_COUNTRIES.contains(code)) {
				String shown = (code.length() <= 10) ? "\"" + code + "\""
						: "a value of " + code.length() + " characters";
				violations.add(new FieldViolation("eligibility.countries", shown + " is not an ISO 3166 country code"));
				break;
			}
			countries.add(code);
		}
		Set<String> types = new LinkedHashSet<>();
		for (String type : (draft.organisationTypes() != null) ? draft.organisationTypes() : List.<String>of()) {
			String value = (type != null) ? type.strip().toUpperCase() : "";
			if (!ORGANISATION_TYPES.contains(value)) {
				violations
					.add(new FieldViolation("eligibility.organisationTypes", "must be among " + ORGANISATION_TYPES));
				break;
			}
			types.add(value);
		}
		int min = (draft.trlMin() != null) ? draft.trlMin() : DEFAULT.trlMin();
		int max = (draft.trlMax() != null) ? draft.trlMax() : DEFAULT.trlMax();
		if (min < 1 || min > 9) {
			violations.add(new FieldViolation("eligibility.trlMin", "must be between 1 and 9"));
		}
		if (max < 1 || max > 9 || max < min) {
			violations.add(new FieldViolation("eligibility.trlMax", "must be between the minimum TRL and 9"));
		}
		return new EligibilityRules(countries.isEmpty() ? DEFAULT.countries() : countries,
				types.isEmpty() ? DEFAULT.organisationTypes() : types, min, max);
	}

}
