package org.opencall.calls;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.EligibilityRules;
import org.opencall.calls.domain.EvaluationRules;
import org.opencall.calls.domain.SelectionRules;
import org.opencall.calls.domain.TermsDraft;

/**
 * What an officer writes when drafting or revising a call, as entered: any field may be
 * missing ({@code null}) or wrong until the call's rules accept it. Opening and deadline
 * are local times in the call's time zone. A challenge names a {@code challengeId} only
 * when it was built from needs and attached to the call; its needs are never taken from
 * here.
 */
public record CallDraft(String title, String description, List<Challenge> challenges, BigDecimal totalBudget,
		BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
		Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold, Eligibility eligibility,
		Evaluation evaluation, Selection selection) {

	public CallDraft(String title, String description, List<Challenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
			Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
			Eligibility eligibility, Evaluation evaluation) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opening, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, eligibility, evaluation, null);
	}

	public CallDraft(String title, String description, List<Challenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
			Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
			Eligibility eligibility) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opening, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, eligibility, null, null);
	}

	public CallDraft(String title, String description, List<Challenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, String currency, LocalDateTime opening, LocalDateTime deadline, String timeZone,
			Integer evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opening, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, null, null, null);
	}

	/** The draft as the call's rules read it. */
	TermsDraft terms() {
		return new TermsDraft(this.title, this.description, (this.challenges != null) ? this.challenges.stream()
			.map((c) -> (c != null) ? new CallChallenge(c.title(), c.description(), c.challengeId(), null) : null)
			.toList() : null, this.totalBudget, this.maxGrant, this.currency, this.opening, this.deadline,
				this.timeZone, this.evaluatorsPerSubmission,
				(this.criteria != null) ? this.criteria.stream()
					.map((c) -> (c != null)
							? new org.opencall.calls.domain.Criterion(c.name(), c.threshold(), c.weight()) : null)
					.toList() : null,
				this.overallThreshold,
				(this.eligibility != null) ? new EligibilityRules.Draft(this.eligibility.countries(),
						this.eligibility.organisationTypes(), this.eligibility.trlMin(), this.eligibility.trlMax())
						: null,
				(this.evaluation != null)
						? new EvaluationRules.Draft(this.evaluation.blindEvaluation(), this.evaluation.consensusMode(),
								this.evaluation.consensusSpread(), this.evaluation.sameCountryConflicts(),
								this.evaluation.invitationDays(), this.evaluation.declarationDays(),
								this.evaluation.scoringDays(), this.evaluation.reminderDays())
						: null,
				(this.selection != null) ? new SelectionRules.Draft(this.selection.tieBreaks(),
						this.selection.redressDays(), this.selection.reportEveryMonths()) : null);
	}

	/** A challenge as written; {@code challengeId} only for one attached from needs. */
	public record Challenge(String title, String description, UUID challengeId) {

		public Challenge(String title, String description) {
			this(title, description, null);
		}

	}

	/** A criterion as written; a missing weight counts 1. */
	public record Criterion(String name, BigDecimal threshold, BigDecimal weight) {
	}

	/** How proposals are evaluated, as written; what is missing takes its default. */
	public record Evaluation(Boolean blindEvaluation, String consensusMode, BigDecimal consensusSpread,
			Boolean sameCountryConflicts, Integer invitationDays, Integer declarationDays, Integer scoringDays,
			Integer reminderDays) {
	}

	/**
	 * How the selection orders and answers proposals, as written; what is missing takes
	 * its default. A tie-break names a criterion of the call (the higher score on it
	 * ranks first) or {@code EARLIER_SUBMISSION}; none means the call's first two
	 * criteria, then the earlier submission. {@code reportEveryMonths} (1–24): how often
	 * the call reports to its programme's funder; none means the installation's interval.
	 */
	public record Selection(List<String> tieBreaks, Integer redressDays, Integer reportEveryMonths) {

		public Selection(List<String> tieBreaks, Integer redressDays) {
			this(tieBreaks, redressDays, null);
		}

	}

	/** Who may apply, as written; what is missing takes its default. */
	public record Eligibility(List<String> countries, List<String> organisationTypes, Integer trlMin, Integer trlMax) {
	}

}
