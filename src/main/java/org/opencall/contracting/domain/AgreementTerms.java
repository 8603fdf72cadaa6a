package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The terms of a grant agreement as an officer drafts them (and as every version keeps
 * them): the amount, the period, the host organisation and the needs the pilot answers,
 * the milestones, the payment plan and the pilot's indicators. Stored as one JSON value.
 * The instalments' amounts follow from their shares: the last one takes the rounding
 * remainder, so that they add up to the amount exactly.
 */
public record AgreementTerms(BigDecimal amount, LocalDate startDate, int durationMonths, UUID hostOrganisationId,
		String hostOrganisation, List<String> needReferences, List<Milestone> milestones, List<Instalment> instalments,
		List<Indicator> indicators) {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public AgreementTerms {
		needReferences = (needReferences != null) ? List.copyOf(needReferences) : List.of();
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		instalments = (instalments != null) ? List.copyOf(instalments) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
	}

	/**
	 * The default agreement: the requested amount from the given start for the default
	 * duration, a mid-term milestone at half of it and the final report at its end, and
	 * the default plan (advance at signature, mid-term and final instalments).
	 */
	public static AgreementTerms defaults(BigDecimal amount, LocalDate startDate, PlanRules rules) {
		int months = rules.defaultDurationMonths();
		LocalDate end = endOf(startDate, months);
		LocalDate midTerm = startDate.plusMonths(Math.max(1, months / 2)).minusDays(1);
		List<Milestone> milestones = List.of(
				new Milestone(1, "Mid-term review", "Mid-term report and pilot set-up", midTerm),
				new Milestone(2, "Final report", "Final report with the pilot's results", end));
		List<Instalment> instalments = List.of(
				new Instalment(1, Instalment.AT_SIGNATURE, null, rules.advancePercent(), null),
				new Instalment(2, Instalment.AFTER_MILESTONE, 1, rules.midTermPercent(), null),
				new Instalment(3, Instalment.AFTER_MILESTONE, 2, rules.finalPercent(), null));
		return new AgreementTerms(amount, startDate, months, null, null, List.of(), milestones, instalments, List.of())
			.withAmounts();
	}

	/** The last day of a grant of so many months from its start. */
	public static LocalDate endOf(LocalDate start, int months) {
		return start.plusMonths(months).minusDays(1);
	}

	public LocalDate endDate() {
		return (this.startDate != null && this.durationMonths > 0) ? endOf(this.startDate, this.durationMonths) : null;
	}

	/**
	 * The same terms with each instalment's amount computed from its share, rounded to
	 * cents, the last taking the remainder.
	 */
	public AgreementTerms withAmounts() {
		if (this.amount == null) {
			return this;
		}
		List<Instalment> computed = new ArrayList<>();
		BigDecimal allotted = BigDecimal.ZERO;
		for (int i = 0; i < this.instalments.size(); i++) {
			Instalment instalment = this.instalments.get(i);
			BigDecimal share;
			if (i == this.instalments.size() - 1) {
				share = this.amount.subtract(allotted).setScale(2, RoundingMode.HALF_UP);
			}
			else {
				BigDecimal percent = (instalment.percent() != null) ? instalment.percent() : BigDecimal.ZERO;
				share = this.amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
				allotted = allotted.add(share);
			}
			computed
				.add(new Instalment(i + 1, instalment.trigger(), instalment.milestone(), instalment.percent(), share));
		}
		return new AgreementTerms(this.amount, this.startDate, this.durationMonths, this.hostOrganisationId,
				this.hostOrganisation, this.needReferences, this.milestones, computed, this.indicators);
	}

	/** The same terms with the host organisation named. */
	public AgreementTerms withHost(UUID id, String name) {
		return new AgreementTerms(this.amount, this.startDate, this.durationMonths, id, name, this.needReferences,
				this.milestones, this.instalments, this.indicators);
	}

	/** The same terms answering these needs. */
	public AgreementTerms withNeeds(List<String> references) {
		return new AgreementTerms(this.amount, this.startDate, this.durationMonths, this.hostOrganisationId,
				this.hostOrganisation, references, this.milestones, this.instalments, this.indicators);
	}

}
