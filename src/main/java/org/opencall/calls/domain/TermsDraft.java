package org.opencall.calls.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What an officer writes when drafting or revising a call, as entered: any field may be
 * missing ({@code null}) or wrong until {@link CallTerms#of(TermsDraft)} accepts it.
 * Opening and deadline are local times in the call's time zone.
 */
public record TermsDraft(String title, String description, List<CallChallenge> challenges, BigDecimal totalBudget,
		BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
		Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
		EligibilityRules.Draft eligibility, EvaluationRules.Draft evaluation, SelectionRules.Draft selection) {

	public TermsDraft(String title, String description, List<CallChallenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
			Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
			EligibilityRules.Draft eligibility, EvaluationRules.Draft evaluation) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opening, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, eligibility, evaluation, null);
	}

	public TermsDraft(String title, String description, List<CallChallenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
			Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
			EligibilityRules.Draft eligibility) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opening, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, eligibility, null, null);
	}

	public TermsDraft(String title, String description, List<CallChallenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
			Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opening, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, null, null, null);
	}

}
