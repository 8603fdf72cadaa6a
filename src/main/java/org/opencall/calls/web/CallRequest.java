package org.opencall.calls.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.opencall.calls.CallDraft;

/**
 * A call draft as the JSON API takes it; opening and deadline are local times of
 * {@code timeZone}. A challenge carries no needs: those come only from a challenge built
 * from validated needs and attached through {@code /api/challenges/{id}/attachment}, and
 * {@code needs} sent here are ignored.
 */
record CallRequest(String programme, String reference, String title, String description,
		List<ChallengeRequest> challenges, BigDecimal totalBudget, BigDecimal maxGrant, String currency,
		LocalDateTime opening, LocalDateTime deadline, String timeZone, Integer evaluatorsPerSubmission,
		List<CallDraft.Criterion> criteria, BigDecimal overallThreshold, CallDraft.Eligibility eligibility,
		CallDraft.Evaluation evaluation, CallDraft.Selection selection) {

	CallDraft toDraft() {
		List<CallDraft.Challenge> written = (this.challenges != null) ? this.challenges.stream()
			.map((c) -> (c != null) ? new CallDraft.Challenge(c.title(), c.description(), c.challengeId()) : null)
			.toList() : null;
		return new CallDraft(this.title, this.description, written, this.totalBudget, this.maxGrant, this.currency,
				this.opening, this.deadline, this.timeZone, this.evaluatorsPerSubmission, this.criteria,
				this.overallThreshold, this.eligibility, this.evaluation, this.selection);
	}

	/**
	 * A challenge as written; {@code challengeId} keeps one attached from needs when a
	 * draft is revised.
	 */
	record ChallengeRequest(String title, String description, UUID challengeId) {
	}

}
