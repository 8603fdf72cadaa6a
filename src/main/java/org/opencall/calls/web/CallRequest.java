package org.opencall.calls.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.opencall.calls.domain.CallDraft;
import org.opencall.calls.domain.Challenge;
import org.opencall.calls.domain.Criterion;
import org.opencall.calls.domain.EligibilityRules;

/**
 * A call draft as the JSON API takes it; opening and deadline are local times of
 * {@code timeZone}.
 */
record CallRequest(String programme, String reference, String title, String description, List<Challenge> challenges,
		BigDecimal totalBudget, BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline,
		String timeZone, Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
		EligibilityRules.Draft eligibility) {

	CallDraft toDraft() {
		return new CallDraft(this.title, this.description, this.challenges, this.totalBudget, this.maxGrant,
				this.currency, this.opening, this.deadline, this.timeZone, this.evaluatorsPerSubmission, this.criteria,
				this.overallThreshold, this.eligibility);
	}

}
