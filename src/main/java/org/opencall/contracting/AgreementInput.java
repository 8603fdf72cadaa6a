package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opencall.contracting.GrantTerms.Indicator;
import org.opencall.contracting.GrantTerms.Instalment;
import org.opencall.contracting.GrantTerms.Milestone;

/**
 * A grant agreement as an officer drafts it (or a company wants it amended): milestones
 * in due order (their numbers follow from their place), instalments by trigger and share
 * (their amounts are computed), the host organisation by id.
 */
public record AgreementInput(BigDecimal amount, LocalDate startDate, Integer durationMonths, UUID hostOrganisationId,
		List<String> needReferences, List<Milestone> milestones, List<Instalment> instalments,
		List<Indicator> indicators) {

	public AgreementInput {
		needReferences = (needReferences != null) ? List.copyOf(needReferences) : List.of();
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		instalments = (instalments != null) ? List.copyOf(instalments) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
	}

}
