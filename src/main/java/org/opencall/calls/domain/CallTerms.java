package org.opencall.calls.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opencall.platform.AmountRules;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * The accepted terms of a call: every field present and consistent. Defaults follow the
 * EU practice (three evaluators; Excellence, Impact, Quality and efficiency of the
 * implementation, each with threshold 3; overall threshold 10).
 */
public record CallTerms(String title, String description,
		@MappedCollection(idColumn = "call_id", keyColumn = "position") List<CallChallenge> challenges,
		BigDecimal totalBudget, BigDecimal maxGrant, Currency currency, Instant opensAt, Instant deadline,
		ZoneId timeZone, int evaluatorsPerSubmission,
		@MappedCollection(idColumn = "call_id", keyColumn = "position") List<Criterion> criteria,
		BigDecimal overallThreshold, @Embedded.Empty EligibilityRules eligibility,
		@Embedded.Empty EvaluationRules evaluation, @Embedded.Empty SelectionRules selection) {

	public static final int DEFAULT_EVALUATORS = 3;

	public static final int MIN_EVALUATORS = 2;

	public static final int MAX_EVALUATORS = 7;

	public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(5);

	public static final BigDecimal DEFAULT_OVERALL_THRESHOLD = BigDecimal.TEN;

	public static final String DEFAULT_CURRENCY = "EUR";

	public static final List<Criterion> DEFAULT_CRITERIA = List.of(
			new Criterion("Excellence", BigDecimal.valueOf(3), BigDecimal.ONE),
			new Criterion("Impact", BigDecimal.valueOf(3), BigDecimal.ONE),
			new Criterion("Quality and efficiency of the implementation", BigDecimal.valueOf(3), BigDecimal.ONE));

	private static final int TITLE_LENGTH = TextRules.LINE;

	private static final int TEXT_LENGTH = TextRules.TEXT;

	private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

	public static final int MAX_CHALLENGES = 50;

	/** The years a call's dates may fall in; the database stores no others. */
	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 9999;

	public static final int MAX_CRITERIA = 20;

	public CallTerms {
		challenges = List.copyOf(challenges);
		criteria = List.copyOf(criteria);
	}

	/** Terms evaluated and selected by the default rules. */
	public CallTerms(String title, String description, List<CallChallenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, Currency currency, Instant opensAt, Instant deadline, ZoneId timeZone,
			int evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
			EligibilityRules eligibility) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opensAt, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, eligibility, EvaluationRules.DEFAULT);
	}

	/** Terms selected by the default rules. */
	public CallTerms(String title, String description, List<CallChallenge> challenges, BigDecimal totalBudget,
			BigDecimal maxGrant, Currency currency, Instant opensAt, Instant deadline, ZoneId timeZone,
			int evaluatorsPerSubmission, List<Criterion> criteria, BigDecimal overallThreshold,
			EligibilityRules eligibility, EvaluationRules evaluation) {
		this(title, description, challenges, totalBudget, maxGrant, currency, opensAt, deadline, timeZone,
				evaluatorsPerSubmission, criteria, overallThreshold, eligibility, evaluation, SelectionRules.DEFAULT);
	}

	/**
	 * The tie-breaks of the selection in order, the default filled in from the criteria.
	 */
	public List<String> tieBreaks() {
		return this.selection.tieBreaksOver(this.criteria);
	}

	public CallTerms withChallenges(List<CallChallenge> replaced) {
		return new CallTerms(this.title, this.description, replaced, this.totalBudget, this.maxGrant, this.currency,
				this.opensAt, this.deadline, this.timeZone, this.evaluatorsPerSubmission, this.criteria,
				this.overallThreshold, this.eligibility, this.evaluation, this.selection);
	}

	/**
	 * Accepts a draft or refuses it with every field that is wrong and why. The needs
	 * behind a challenge never come from a draft: a challenge built from needs keeps only
	 * its id here, and {@link Call} puts back the needs that were attached with it.
	 */
	public static CallTerms of(TermsDraft draft) {
		Check check = new Check();
		String title = check.text("title", draft.title(), TITLE_LENGTH);
		String description = check.text("description", draft.description(), TEXT_LENGTH);
		List<CallChallenge> challenges = checkChallenges(check, draft.challenges());
		BigDecimal totalBudget = AmountRules.required(check.violations, "totalBudget", draft.totalBudget());
		BigDecimal maxGrant = AmountRules.required(check.violations, "maxGrant", draft.maxGrant());
		if (AmountRules.problem(totalBudget) == null && AmountRules.problem(maxGrant) == null
				&& maxGrant.compareTo(totalBudget) > 0) {
			check.refuse("maxGrant", "must not exceed the total budget");
		}
		Currency currency = checkCurrency(check, draft.currency());
		ZoneId zone = checkZone(check, draft.timeZone());
		Instant opensAt = check.instant("opening", draft.opening(), zone);
		Instant deadline = check.instant("deadline", draft.deadline(), zone);
		boolean bothRead = check.violations.stream()
			.noneMatch((v) -> v.field().equals("opening") || v.field().equals("deadline"));
		boolean deadlineFirst = (opensAt != null && deadline != null) ? !deadline.isAfter(opensAt)
				: (bothRead && !draft.deadline().isAfter(draft.opening()));
		if (deadlineFirst) {
			check.refuse("deadline", "must be after the opening");
		}
		int evaluators = (draft.evaluatorsPerSubmission() != null) ? draft.evaluatorsPerSubmission()
				: DEFAULT_EVALUATORS;
		if (evaluators < MIN_EVALUATORS || evaluators > MAX_EVALUATORS) {
			check.refuse("evaluatorsPerSubmission", "must be between " + MIN_EVALUATORS + " and " + MAX_EVALUATORS);
		}
		List<Criterion> criteria = checkCriteria(check, draft.criteria());
		BigDecimal overall = checkOverallThreshold(check, draft.overallThreshold(), criteria.size());
		EligibilityRules eligibility = EligibilityRules.of(draft.eligibility(), check.violations);
		EvaluationRules evaluation = EvaluationRules.of(draft.evaluation(), check.violations);
		// after the criteria: a tie-break names one of them, as edited in this same draft
		boolean criteriaKnown = check.violations.stream()
			.noneMatch((v) -> v.field().equals("criteria")
					|| (v.field().startsWith("criteria[") && v.field().endsWith("].name")));
		SelectionRules selection = SelectionRules.of(draft.selection(), criteria, criteriaKnown, check.violations);
		check.throwIfRefused();
		return new CallTerms(title, description, challenges, totalBudget, maxGrant, currency, opensAt, deadline, zone,
				evaluators, criteria, overall, eligibility, evaluation, selection);
	}

	private static List<CallChallenge> checkChallenges(Check check, List<CallChallenge> input) {
		List<CallChallenge> challenges = new ArrayList<>();
		if (input == null) {
			return challenges;
		}
		if (input.size() > MAX_CHALLENGES) {
			check.refuse("challenges", "at most " + MAX_CHALLENGES + " challenges");
			return challenges;
		}
		for (int i = 0; i < input.size(); i++) {
			CallChallenge challenge = input.get(i);
			String prefix = "challenges[" + i + "].";
			String title = check.text(prefix + "title", (challenge != null) ? challenge.title() : null, TITLE_LENGTH);
			String description = TextRules.optional(check.violations, prefix + "description",
					(challenge != null) ? challenge.description() : null, TEXT_LENGTH);
			challenges.add(new CallChallenge(title, (description != null) ? description : "",
					(challenge != null) ? challenge.challengeId() : null, NeedSnapshots.NONE));
		}
		return challenges;
	}

	private static Currency checkCurrency(Check check, String code) {
		String value = (code == null || code.isBlank()) ? DEFAULT_CURRENCY : code.strip().toUpperCase();
		try {
			return Currency.getInstance(value);
		}
		catch (IllegalArgumentException ex) {
			check.refuse("currency", "is not an ISO 4217 currency code");
			return null;
		}
	}

	private static ZoneId checkZone(Check check, String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			check.refuse("timeZone", "is required");
			return null;
		}
		try {
			return ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException ex) {
			check.refuse("timeZone", "is not a known time zone (e.g. Europe/Lisbon)");
			return null;
		}
	}

	private static List<Criterion> checkCriteria(Check check, List<Criterion> input) {
		if (input == null || input.isEmpty()) {
			return DEFAULT_CRITERIA;
		}
		if (input.size() > MAX_CRITERIA) {
			check.refuse("criteria", "at most " + MAX_CRITERIA + " criteria");
			return DEFAULT_CRITERIA;
		}
		List<Criterion> criteria = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			Criterion criterion = input.get(i);
			String prefix = "criteria[" + i + "].";
			String name = check.text(prefix + "name", (criterion != null) ? criterion.name() : null, TITLE_LENGTH);
			if (name != null && !names.add(name.toLowerCase())) {
				check.refuse(prefix + "name", "is used by another criterion");
			}
			BigDecimal threshold = (criterion != null) ? criterion.threshold() : null;
			if (threshold == null || threshold.signum() < 0 || threshold.compareTo(MAX_SCORE) > 0
					|| !isHalfPoint(threshold)) {
				check.refuse(prefix + "threshold", "must be between 0 and 5 in half points");
			}
			BigDecimal weight = (criterion != null && criterion.weight() != null) ? criterion.weight() : BigDecimal.ONE;
			if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 2) {
				check.refuse(prefix + "weight", "must be above 0 and at most 10, with at most two decimals");
			}
			criteria.add(new Criterion(name, threshold, weight));
		}
		return criteria;
	}

	private static BigDecimal checkOverallThreshold(Check check, BigDecimal input, int criteriaCount) {
		BigDecimal overall = (input != null) ? input : DEFAULT_OVERALL_THRESHOLD;
		BigDecimal maximum = MAX_SCORE.multiply(BigDecimal.valueOf(criteriaCount));
		if (overall.signum() < 0 || overall.compareTo(maximum) > 0 || !isHalfPoint(overall)) {
			check.refuse("overallThreshold", "must be between 0 and " + maximum.stripTrailingZeros().toPlainString()
					+ " (5 points per criterion) in half points");
		}
		return overall;
	}

	private static boolean isHalfPoint(BigDecimal value) {
		return value.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
	}

	/** Collects every refusal, so that the user learns all of them at once. */
	private static final class Check {

		private final List<FieldViolation> violations = new ArrayList<>();

		void refuse(String field, String reason) {
			this.violations.add(new FieldViolation(field, reason));
		}

		String text(String field, String value, int maxLength) {
			return TextRules.required(this.violations, field, value, maxLength);
		}

		Instant instant(String field, LocalDateTime value, ZoneId zone) {
			if (value == null) {
				refuse(field, "is required");
				return null;
			}
			if (value.getYear() < FIRST_YEAR || value.getYear() > LAST_YEAR) {
				refuse(field, "must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR);
				return null;
			}
			return (zone != null) ? value.atZone(zone).toInstant() : null;
		}

		void throwIfRefused() {
			if (!this.violations.isEmpty()) {
				throw new InvalidInputException(this.violations);
			}
		}

	}

}
