package org.opencall.calls;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.calls.process.ReviewContext;
import org.opencall.identity.OrganisationType;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * A call's terms in the words of its pages, for the review task: amounts with their
 * currency, dates in the call's own time zone, criteria with thresholds and weights, who
 * may apply.
 */
@Component
class ReviewContexts {

	private final OfficerCalls calls;

	private final PageFormat format;

	ReviewContexts(OfficerCalls calls, PageFormat format) {
		this.calls = calls;
		this.format = format;
	}

	ReviewContext of(String reference) {
		CallView call = this.calls.view(this.calls.byReference(reference));
		String criteria = call.criteria()
			.stream()
			.map((c) -> c.name() + ": threshold " + number(c.threshold()) + ", weight " + number(c.weight()))
			.collect(Collectors.joining("\n"));
		CallView.Eligibility rules = call.eligibility();
		String eligibility = "Organisations: " + organisationTypes(rules.organisationTypes()) + "\nCountries: "
				+ countries(rules.countries()) + "\nTechnology readiness: TRL " + rules.trlMin() + " to "
				+ rules.trlMax();
		return new ReviewContext(call.title(), this.format.money(call.totalBudget(), call.currency()),
				this.format.money(call.maxGrant(), call.currency()),
				this.format.dateTime(call.opensAt(), call.timeZone()),
				this.format.dateTime(call.deadline(), call.timeZone()), String.valueOf(call.evaluatorsPerSubmission()),
				criteria + "\nOverall threshold: " + number(call.overallThreshold()), eligibility);
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "none";
	}

	private static String organisationTypes(Set<String> types) {
		return types.stream().sorted().map((type) -> {
			try {
				return OrganisationType.valueOf(type).label();
			}
			catch (IllegalArgumentException ex) {
				return type;
			}
		}).collect(Collectors.joining(", "));
	}

	private static String countries(Set<String> codes) {
		return codes.stream()
			.sorted()
			.map((code) -> new Locale("", code).getDisplayCountry(Locale.UK) + " (" + code + ")")
			.collect(Collectors.joining(", "));
	}

}
