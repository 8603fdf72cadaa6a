package org.opencall.submissions.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.PageFormat;

/**
 * What a call asks of every proposal beyond its window: at most the maximum grant, a TRL
 * in the call's range, and an organisation of the countries and kinds it takes. Checked
 * while drafting (as warnings) and at submission (as refusals).
 *
 * @param organisationTypes the kinds of organisation the call takes, code to words
 */
public record CallRules(BigDecimal maxGrant, String currency, int trlMin, int trlMax, Set<String> countries,
		Map<String, String> organisationTypes) {

	/** Lists countries by name up to this many; beyond, it only counts them. */
	private static final int COUNTRIES_NAMED = 6;

	public CallRules {
		countries = Set.copyOf(countries);
		organisationTypes = Map.copyOf(organisationTypes);
	}

	/** Where the proposal and its organisation stand against the call's rules. */
	public void check(List<FieldViolation> violations, ProposalContent content, ApplyingOrganisation organisation) {
		BigDecimal amount = content.requestedAmount();
		if (amount != null && amount.signum() > 0 && amount.compareTo(this.maxGrant) > 0) {
			violations.add(new FieldViolation("requestedAmount",
					"must not exceed the call's maximum grant of " + PageFormat.moneyOf(this.maxGrant, this.currency)));
		}
		Integer trl = content.trl();
		if (trl != null && trl >= 1 && trl <= 9 && (trl < this.trlMin || trl > this.trlMax)) {
			violations.add(new FieldViolation("trl",
					"must be between " + this.trlMin + " and " + this.trlMax + " for this call (it is " + trl + ")"));
		}
		if (!this.countries.isEmpty() && !this.countries.contains(organisation.country())) {
			violations.add(new FieldViolation("organisation",
					organisation.name() + " is registered in " + countryName(organisation.country())
							+ "; this call takes organisations from " + countriesTaken()));
		}
		if (!this.organisationTypes.isEmpty() && !this.organisationTypes.containsKey(organisation.type())) {
			violations.add(new FieldViolation("organisation",
					organisation.name() + " is registered as " + organisation.typeLabel() + "; this call takes only "
							+ String.join(", ", new TreeSet<>(this.organisationTypes.values()))));
		}
	}

	private String countriesTaken() {
		if (this.countries.size() > COUNTRIES_NAMED) {
			return "the " + this.countries.size() + " countries it lists only";
		}
		TreeSet<String> names = new TreeSet<>();
		this.countries.forEach((code) -> names.add(countryName(code)));
		return String.join(", ", names) + " only";
	}

	private static String countryName(String code) {
		String name = new Locale("", code).getDisplayCountry(Locale.UK);
		return (name.isBlank() || name.equals(code)) ? code : name + " (" + code + ")";
	}

}
