package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * What an amendment may change of a signed agreement: its dates, the milestones not yet
 * accepted, the instalments not yet paid (those at signature and after an accepted
 * milestone were), and its amount — never below what was released, never above the call's
 * maximum grant, and never beyond the call's budget with the other grants. The host
 * organisation, the needs answered and the indicators stay as signed.
 */
public final class AmendmentRules {

	private AmendmentRules() {
	}

	public static AgreementTerms check(AgreementTerms current, AgreementTerms wanted, AmendmentLimits limits,
			PlanRules rules) {
		List<FieldViolation> violations = new ArrayList<>(
				AgreementRules.violations(wanted, null, limits.maxGrant(), rules));
		BigDecimal amount = wanted.amount();
		if (amount != null && amount.signum() > 0) {
			if (amount.compareTo(limits.released()) < 0) {
				violations.add(new FieldViolation("amount", "must not be less than the "
						+ limits.released().toPlainString() + " already released to the company"));
			}
			BigDecimal total = limits.committedByOthers().add(amount);
			if (total.compareTo(limits.budget()) > 0) {
				violations.add(new FieldViolation("amount", "would exceed the call's budget: its grants would hold "
						+ total.toPlainString() + " of " + limits.budget().toPlainString()));
			}
		}
		if (!Objects.equals(current.hostOrganisationId(), wanted.hostOrganisationId())) {
			violations.add(new FieldViolation("hostOrganisation", "cannot change by an amendment"));
		}
		if (!current.needReferences().equals(wanted.needReferences())) {
			violations.add(new FieldViolation("needReferences", "cannot change by an amendment"));
		}
		if (!current.indicators().equals(wanted.indicators())) {
			violations.add(new FieldViolation("indicators", "cannot change by an amendment"));
		}
		for (Integer accepted : limits.acceptedMilestones()) {
			Milestone before = find(current.milestones(), accepted);
			Milestone after = find(wanted.milestones(), accepted);
			if (before != null && !before.equals(after)) {
				violations.add(new FieldViolation("milestones[" + (accepted - 1) + "]",
						"milestone " + accepted + " was accepted already: it cannot change"));
			}
		}
		for (Instalment paid : current.instalments()) {
			boolean released = Instalment.AT_SIGNATURE.equals(paid.trigger())
					|| limits.acceptedMilestones().contains(paid.milestone());
			if (!released) {
				continue;
			}
			int index = paid.number() - 1;
			Instalment after = (index < wanted.instalments().size()) ? wanted.instalments().get(index) : null;
			if (after == null || !Objects.equals(after.trigger(), paid.trigger())
					|| !Objects.equals(after.milestone(), paid.milestone()) || after.percent() == null
					|| after.percent().compareTo(paid.percent()) != 0) {
				violations.add(new FieldViolation("instalments[" + index + "]",
						"instalment " + paid.number() + " is due or paid already: it cannot change"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return wanted.withAmounts();
	}

	private static Milestone find(List<Milestone> milestones, int number) {
		return milestones.stream().filter((m) -> m.number() == number).findFirst().orElse(null);
	}

}
