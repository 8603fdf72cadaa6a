package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

/**
 * What a grant agreement must respect, all reasons at once, each naming its field: the
 * amount (positive, within the request and the call's maximum grant), the duration, the
 * milestones inside the grant period with the final report last, a payment plan whose
 * shares add up to 100 % with the payments before the last one capped, and indicators
 * that say what they measure.
 */
public final class AgreementRules {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private AgreementRules() {
	}

	/**
	 * Checks the terms against the limits; answers them with the instalments' amounts.
	 */
	public static AgreementTerms check(AgreementTerms terms, BigDecimal requested, BigDecimal maxGrant,
			PlanRules rules) {
		List<FieldViolation> violations = violations(terms, requested, maxGrant, rules);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return terms.withAmounts();
	}

	public static List<FieldViolation> violations(AgreementTerms terms, BigDecimal requested, BigDecimal maxGrant,
			PlanRules rules) {
		List<FieldViolation> violations = new ArrayList<>();
		amount(violations, terms.amount(), requested, maxGrant);
		if (terms.startDate() == null) {
			violations.add(new FieldViolation("startDate", "is required"));
		}
		if (terms.durationMonths() < 1 || terms.durationMonths() > PlanRules.MAX_DURATION_MONTHS) {
			violations.add(new FieldViolation("durationMonths",
					"must be between 1 and " + PlanRules.MAX_DURATION_MONTHS + " months"));
		}
		TextRules.optional(violations, "hostOrganisation", terms.hostOrganisation(), TextRules.LINE);
		milestones(violations, terms.milestones(), terms.startDate(), terms.endDate());
		instalments(violations, terms.instalments(), terms.milestones(), rules);
		indicators(violations, terms.indicators());
		return violations;
	}

	private static void amount(List<FieldViolation> violations, BigDecimal amount, BigDecimal requested,
			BigDecimal maxGrant) {
		if (amount == null) {
			violations.add(new FieldViolation("amount", "is required"));
		}
		else if (amount.signum() <= 0) {
			violations.add(new FieldViolation("amount", "must be more than zero"));
		}
		else if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
			violations.add(new FieldViolation("amount", "must be in whole cents"));
		}
		else if (requested != null && amount.compareTo(requested) > 0) {
			violations.add(new FieldViolation("amount",
					"must not be more than the " + requested.toPlainString() + " the company requested"));
		}
		else if (maxGrant != null && amount.compareTo(maxGrant) > 0) {
			violations.add(new FieldViolation("amount",
					"must not be more than the call's maximum grant of " + maxGrant.toPlainString()));
		}
	}

	private static void milestones(List<FieldViolation> violations, List<Milestone> milestones, LocalDate start,
			LocalDate end) {
		if (milestones.isEmpty()) {
			violations.add(new FieldViolation("milestones", "need at least one: the final report"));
			return;
		}
		LocalDate previous = null;
		for (int i = 0; i < milestones.size(); i++) {
			Milestone milestone = milestones.get(i);
			String field = "milestones[" + i + "]";
			TextRules.required(violations, field + ".title", milestone.title(), TextRules.LINE);
			TextRules.required(violations, field + ".deliverable", milestone.deliverable(), TextRules.TEXT);
			LocalDate due = milestone.dueDate();
			if (due == null) {
				violations.add(new FieldViolation(field + ".dueDate", "is required"));
				continue;
			}
			if (start != null && end != null && (due.isBefore(start) || due.isAfter(end))) {
				violations.add(new FieldViolation(field + ".dueDate",
						"must be inside the grant period, " + start + " to " + end));
			}
			if (previous != null && due.isBefore(previous)) {
				violations.add(new FieldViolation(field + ".dueDate", "must not be before the previous milestone"));
			}
			previous = due;
		}
		Milestone last = milestones.get(milestones.size() - 1);
		if (last.title() == null || !last.title().toLowerCase().contains("final")) {
			violations.add(new FieldViolation("milestones[" + (milestones.size() - 1) + "].title",
					"the last milestone is the final report: its title says \"Final report\""));
		}
	}

	private static void instalments(List<FieldViolation> violations, List<Instalment> instalments,
			List<Milestone> milestones, PlanRules rules) {
		if (instalments.isEmpty()) {
			violations.add(new FieldViolation("instalments", "need at least one payment"));
			return;
		}
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < milestones.size(); i++) {
			numbers.add(i + 1);
		}
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < instalments.size(); i++) {
			Instalment instalment = instalments.get(i);
			String field = "instalments[" + i + "]";
			BigDecimal percent = instalment.percent();
			if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
				violations.add(new FieldViolation(field + ".percent", "must be more than 0 and at most 100 %"));
				continue;
			}
			if (Instalment.AT_SIGNATURE.equals(instalment.trigger())) {
				if (instalment.milestone() != null) {
					violations.add(new FieldViolation(field + ".milestone", "is not for a payment at signature"));
				}
			}
			else if (Instalment.AFTER_MILESTONE.equals(instalment.trigger())) {
				if (instalment.milestone() == null || !numbers.contains(instalment.milestone())) {
					violations.add(new FieldViolation(field + ".milestone", "must name a milestone of the agreement"));
				}
			}
			else {
				violations.add(new FieldViolation(field + ".trigger", "must be at signature or after a milestone"));
			}
			total = total.add(percent);
			if (i < instalments.size() - 1 && total.compareTo(rules.capBeforeLastPercent()) > 0) {
				violations.add(new FieldViolation(field + ".percent", "the payments before the last one may add up to "
						+ rules.capBeforeLastPercent().stripTrailingZeros().toPlainString() + " % at most"));
			}
		}
		if (total.compareTo(HUNDRED) != 0) {
			violations.add(new FieldViolation("instalments", "the shares must add up to exactly 100 %, not "
					+ total.stripTrailingZeros().toPlainString() + " %"));
		}
	}

	private static void indicators(List<FieldViolation> violations, List<Indicator> indicators) {
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			String field = "indicators[" + i + "]";
			TextRules.required(violations, field + ".name", indicator.name(), TextRules.LINE);
			TextRules.required(violations, field + ".unit", indicator.unit(), TextRules.LINE);
			if (indicator.baseline() == null) {
				violations.add(new FieldViolation(field + ".baseline", "is required"));
			}
			if (indicator.target() == null) {
				violations.add(new FieldViolation(field + ".target", "is required"));
			}
		}
	}

}
