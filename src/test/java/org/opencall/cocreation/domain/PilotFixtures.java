package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opencall.contracting.GrantTerms;

/**
 * Terms with hand-checkable numbers: a grant of 50,000 paid 40 % (20,000) at signature,
 * 45 % (22,500) after milestone 1 and 15 % (7,500) after milestone 2, prepared by olivia.
 */
final class PilotFixtures {

	static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-00000000c0c0");

	static final UUID HOSPITAL = UUID.fromString("00000000-0000-0000-0000-0000000000b0");

	private PilotFixtures() {
	}

	static GrantTerms terms() {
		return terms(1, "50000", "20000", "22500", "7500");
	}

	static GrantTerms terms(int version, String amount, String atSignature, String afterFirst, String afterSecond) {
		return new GrantTerms("G-2027-001", "HC-2027-01", "healthchain-founding", "S-000001", "CardioWatch at home",
				COMPANY, "MedSense", new BigDecimal(amount), "EUR", LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29),
				HOSPITAL, "Coimbra University Hospital", List.of("N-0001"),
				List.of(new GrantTerms.Milestone(1, "Mid-term pilot", "Pilot report on 20 patients",
						LocalDate.of(2027, 8, 31)),
						new GrantTerms.Milestone(2, "Final report", "Final pilot report", LocalDate.of(2028, 2, 15))),
				List.of(new GrantTerms.Instalment(1, GrantTerms.AT_SIGNATURE, null, new BigDecimal("40"),
						new BigDecimal(atSignature)),
						new GrantTerms.Instalment(2, GrantTerms.AFTER_MILESTONE, 1, new BigDecimal("45"),
								new BigDecimal(afterFirst)),
						new GrantTerms.Instalment(3, GrantTerms.AFTER_MILESTONE, 2, new BigDecimal("15"),
								new BigDecimal(afterSecond))),
				List.of(new GrantTerms.Indicator("Readmissions avoided", "patients", BigDecimal.ZERO,
						new BigDecimal("20"))),
				"olivia", "oscar", version);
	}

	static DeliverableDocuments report() {
		return new DeliverableDocuments(
				List.of(new DeliverableDocuments.Document(UUID.randomUUID(), "report.pdf", 1200)));
	}

}
