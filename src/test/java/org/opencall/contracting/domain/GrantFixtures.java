package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Grants and terms whose numbers a reader checks by hand. */
final class GrantFixtures {

	static final Instant NOW = Instant.parse("2027-09-01T10:00:00Z");

	static final LocalDate START = LocalDate.of(2027, 10, 1);

	static final PlanRules RULES = new PlanRules(new BigDecimal("40"), new BigDecimal("45"), new BigDecimal("15"),
			new BigDecimal("90"), 12);

	static final BigDecimal REQUESTED = new BigDecimal("50000");

	static final BigDecimal MAX_GRANT = new BigDecimal("60000");

	static final Set<String> DECLARATIONS = Set.of("terms-read", "bank-account", "no-double-funding");

	private GrantFixtures() {
	}

	static AgreementTerms defaults() {
		return AgreementTerms.defaults(REQUESTED, START, RULES)
			.withHost(UUID.randomUUID(), "Hospital Santa Maria")
			.withNeeds(List.of("N-000001"));
	}

	static AgreementTerms withIndicator(AgreementTerms terms) {
		return new AgreementTerms(terms.amount(), terms.startDate(), terms.durationMonths(), terms.hostOrganisationId(),
				terms.hostOrganisation(), terms.needReferences(), terms.milestones(), terms.instalments(),
				List.of(new Indicator("Readmissions avoided", "patients", BigDecimal.ZERO, new BigDecimal("20"))));
	}

	static Grant opened() {
		return Grant.open("HC-2027-01", "healthchain-founding", "S-000012", UUID.randomUUID(), "MedSense",
				"CardioWatch", REQUESTED, "EUR", null, defaults(), NOW);
	}

	static Grant offered() {
		Grant grant = opened();
		grant.prepare("peter", MAX_GRANT, RULES, NOW);
		grant.approve("pia", null, NOW, java.time.Duration.ofDays(14));
		return grant;
	}

	static Grant signed() {
		Grant grant = offered();
		grant.accept("alice", DECLARATIONS, DECLARATIONS, NOW.plusSeconds(60));
		return grant;
	}

}
