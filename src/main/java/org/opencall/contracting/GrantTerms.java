package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A grant agreement's terms as the two officers approved them (and, once signed, as the
 * company accepted them), in the version in force: what co-creation delivers and pays.
 * Instalments name what makes them due: the signature or an accepted milestone.
 */
public record GrantTerms(String grantReference, String callReference, String programmeCode, String submissionReference,
		String title, UUID companyId, String company, BigDecimal amount, String currency, LocalDate startDate,
		LocalDate endDate, UUID hostOrganisationId, String hostOrganisation, List<String> needReferences,
		List<Milestone> milestones, List<Instalment> instalments, List<Indicator> indicators, String preparedBy,
		String approvedBy, int agreementVersion) {

	public GrantTerms {
		needReferences = List.copyOf(needReferences);
		milestones = List.copyOf(milestones);
		instalments = List.copyOf(instalments);
		indicators = List.copyOf(indicators);
	}

	/** What makes an instalment due. */
	public static final String AT_SIGNATURE = "SIGNATURE";

	public static final String AFTER_MILESTONE = "MILESTONE";

	/** A milestone, numbered from 1 in due order; the last one is the final report. */
	public record Milestone(int number, String title, String deliverable, LocalDate dueDate) {
	}

	/**
	 * A payment of the plan: due {@link #AT_SIGNATURE} or {@link #AFTER_MILESTONE} (then
	 * {@code milestone} names it), its share of the grant and its amount.
	 */
	public record Instalment(int number, String trigger, Integer milestone, BigDecimal percent, BigDecimal amount) {
	}

	/** A pilot indicator: what the pilot measures, from where, to where. */
	public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
	}

}
