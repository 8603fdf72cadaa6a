package org.opencall.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.EligibilityRules;
import org.opencall.calls.domain.EvaluationRules;
import org.opencall.calls.domain.SelectionRules;

/**
 * A call as pages and the JSON API show it. The public view leaves out how the call was
 * prepared and reviewed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallView(String reference, String programmeCode, String programmeName, String title, String description,
		List<Challenge> challenges, BigDecimal totalBudget, BigDecimal maxGrant, String currency, Instant opensAt,
		Instant deadline, String timeZone, LocalDateTime localOpening, LocalDateTime localDeadline,
		int evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold, Eligibility eligibility,
		Evaluation evaluation, Selection selection, CallState status, String draftedBy, Set<String> preparedBy,
		String reviewedBy, String reviewComment, Instant publishedAt, Instant closedAt) {

	static CallView of(Call call, String programmeName) {
		CallTerms terms = call.terms();
		EligibilityRules rules = terms.eligibility();
		return new CallView(call.reference(), call.programmeCode(), programmeName, terms.title(), terms.description(),
				terms.challenges().stream().map(Challenge::of).toList(), terms.totalBudget(), terms.maxGrant(),
				terms.currency().getCurrencyCode(), terms.opensAt(), terms.deadline(), terms.timeZone().getId(),
				LocalDateTime.ofInstant(terms.opensAt(), terms.timeZone()),
				LocalDateTime.ofInstant(terms.deadline(), terms.timeZone()), terms.evaluatorsPerSubmission(),
				terms.criteria().stream().map((c) -> new Criterion(c.name(), c.threshold(), c.weight())).toList(),
				terms.overallThreshold(),
				new Eligibility(rules.countries(), rules.organisationTypes(), rules.trlMin(), rules.trlMax()),
				Evaluation.of(terms.evaluation()), Selection.of(terms), CallState.valueOf(call.status().name()),
				call.draftedBy(), call.preparedBy(), call.reviewedBy(), call.reviewComment(), call.publishedAt(),
				call.closedAt());
	}

	CallView publicView() {
		return new CallView(this.reference, this.programmeCode, this.programmeName, this.title, this.description,
				this.challenges, this.totalBudget, this.maxGrant, this.currency, this.opensAt, this.deadline,
				this.timeZone, this.localOpening, this.localDeadline, this.evaluatorsPerSubmission, this.criteria,
				this.overallThreshold, this.eligibility, this.evaluation, this.selection, this.status, null, null, null,
				null, this.publishedAt, this.closedAt);
	}

	public Set<String> eligibleCountries() {
		return this.eligibility.countries();
	}

	public Set<String> eligibleOrganisationTypes() {
		return this.eligibility.organisationTypes();
	}

	public int trlMin() {
		return this.eligibility.trlMin();
	}

	public int trlMax() {
		return this.eligibility.trlMax();
	}

	public boolean isOpen() {
		return this.status == CallState.OPEN;
	}

	public boolean isPublished() {
		return this.status.isPublic();
	}

	public List<String> challengeTitles() {
		return this.challenges.stream().map(Challenge::title).toList();
	}

	public boolean isEditable() {
		return this.status.isEditable();
	}

	/**
	 * A challenge of the call; one built from needs ({@code challengeId} set) names the
	 * needs behind it, as published.
	 */
	public record Challenge(String title, String description, UUID challengeId, List<NeedSummary> needs) {

		static Challenge of(CallChallenge challenge) {
			return new Challenge(challenge.title(), challenge.description(), challenge.challengeId(),
					challenge.needs()
						.list()
						.stream()
						.map((n) -> new NeedSummary(n.reference(), n.title(), n.careSetting(), n.urgency(),
								n.organisation(), n.affectedPopulation(), n.affectedCount(), n.currentPractice(),
								n.currentBurden(), n.expectedBenefit()))
						.toList());
		}

		public boolean isFromNeeds() {
			return this.challengeId != null;
		}

	}

	/**
	 * A criterion proposals are scored on (0–5 in half points); a proposal passes it at
	 * the threshold; the weight orders the ranking only.
	 */
	public record Criterion(String name, BigDecimal threshold, BigDecimal weight) {
	}

	/**
	 * How proposals are evaluated: blind or not, when experts hold a consensus round
	 * ({@code ALWAYS}, or {@code ON_DIVERGENCE} of more than the spread on a criterion),
	 * whether an expert of the applicant's country is in conflict, and the days experts
	 * have to answer an invitation, declare conflicts and score (reminded some days
	 * before).
	 */
	public record Evaluation(boolean blindEvaluation, String consensusMode, BigDecimal consensusSpread,
			boolean sameCountryConflicts, int invitationDays, int declarationDays, int scoringDays, int reminderDays) {

		static Evaluation of(EvaluationRules rules) {
			return new Evaluation(rules.blindEvaluation(), rules.consensusMode().name(), rules.consensusSpread(),
					rules.sameCountryConflicts(), rules.invitationDays(), rules.declarationDays(), rules.scoringDays(),
					rules.reminderDays());
		}

		public boolean consensusAlways() {
			return "ALWAYS".equals(this.consensusMode);
		}

		/** The consensus rule in words, as pages show it. */
		public String consensusInWords() {
			return consensusAlways() ? "Always, after the individual scores"
					: "When the experts' scores on a criterion differ by more than "
							+ this.consensusSpread.toPlainString() + " points";
		}

	}

	/**
	 * How the selection orders and answers the evaluated proposals, public so that
	 * applicants know it. {@code tieBreaks} orders proposals of the same weighted score,
	 * the first entry first: a criterion name of the call (the higher score on it ranks
	 * first) or {@link #EARLIER_SUBMISSION}; never empty, the call's default filled in
	 * (its first two criteria, then the earlier submission). {@code redressDays}: the
	 * days an applicant has to ask for redress. {@code reportEveryMonths}: how often the
	 * call reports to its programme's funder once published; absent when the call leaves
	 * it to the installation ({@code opencall.reporting.report-every}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Selection(List<String> tieBreaks, int redressDays, Integer reportEveryMonths) {

		/** The tie-break that ranks the proposal submitted first higher. */
		public static final String EARLIER_SUBMISSION = SelectionRules.EARLIER_SUBMISSION;

		public Selection {
			tieBreaks = List.copyOf(tieBreaks);
		}

		static Selection of(CallTerms terms) {
			return new Selection(terms.tieBreaks(), terms.selection().redressDays(),
					terms.selection().reportEveryMonths());
		}

		/** The tie-breaks in words, as pages show them. */
		public String tieBreaksInWords() {
			return String.join(", then ", this.tieBreaks.stream()
				.map((t) -> t.equals(EARLIER_SUBMISSION) ? "the earlier submission" : "the higher score on " + t)
				.toList());
		}

		/**
		 * How often the call reports to its funder, in words; none: the installation's.
		 */
		public String reportingInWords() {
			if (this.reportEveryMonths == null) {
				return "At the installation's interval";
			}
			return (this.reportEveryMonths == 1) ? "Every month from its publication"
					: "Every " + this.reportEveryMonths + " months from its publication";
		}

	}

	/**
	 * Who may apply: countries and kinds of organisation, and the solution's TRL range.
	 */
	public record Eligibility(Set<String> countries, Set<String> organisationTypes, int trlMin, int trlMax) {
	}

}
