package org.opencall.cocreation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opencall.contracting.AgreementInput;
import org.opencall.contracting.GrantSettings;
import org.opencall.contracting.GrantTerms;
import org.opencall.contracting.GrantTerms.Indicator;
import org.opencall.contracting.GrantTerms.Instalment;
import org.opencall.contracting.GrantTerms.Milestone;

/**
 * The agreement peter drafts for alice's CARDIOHOME in the contracted demo call: her
 * request, twelve months hosted by nora's hospital, the installation's default payment
 * plan, a first milestone whose deliverable falls due a few weeks after the demo's first
 * start, and three pilot indicators.
 */
final class DemoPilotAgreement {

	static final BigDecimal AMOUNT = new BigDecimal("48000");

	static final int MONTHS = 12;

	static final List<Indicator> INDICATORS = List.of(
			new Indicator("Readmissions within 30 days", "% of patients", new BigDecimal("24"), new BigDecimal("15")),
			new Indicator("Nurse time per patient per day", "minutes", new BigDecimal("35"), new BigDecimal("20")),
			new Indicator("Patient-reported well-being", "score 0-10", new BigDecimal("5.5"), new BigDecimal("7")));

	private DemoPilotAgreement() {
	}

	static AgreementInput of(UUID host, LocalDate start, LocalDate firstDeliverableDue, GrantSettings settings) {
		LocalDate end = start.plusMonths(MONTHS).minusDays(1);
		return new AgreementInput(AMOUNT, start, MONTHS, host, List.of(),
				List.of(new Milestone(1, "Pilot running on the ward",
						"The monitoring installed for the first patients and the baseline of every indicator",
						firstDeliverableDue),
						new Milestone(2, "Final report", "Final report with the pilot's results", end)),
				List.of(new Instalment(1, GrantTerms.AT_SIGNATURE, null, settings.advancePercent(), null),
						new Instalment(2, GrantTerms.AFTER_MILESTONE, 1, settings.midTermPercent(), null),
						new Instalment(3, GrantTerms.AFTER_MILESTONE, 2, settings.finalPercent(), null)),
				INDICATORS);
	}

}
