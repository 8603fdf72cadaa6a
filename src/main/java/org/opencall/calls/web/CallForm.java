package org.opencall.calls.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opencall.calls.CallView;
import org.opencall.calls.CallDraft;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.EligibilityRules;
import org.opencall.calls.domain.EvaluationRules;
import org.opencall.calls.domain.SelectionRules;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The officer's call form, as typed: numbers and times are text until {@link #toDraft()}
 * reads them. Blank challenge and criterion rows are ignored.
 */
public class CallForm {

	static final int CHALLENGE_ROWS = 5;

	static final int CRITERION_ROWS = 5;

	/** Tie-break choices the form offers at least; ties beyond four are most unlikely. */
	static final int TIE_BREAK_ROWS = 4;

	private static final List<String> TIE_BREAK_LABELS = List.of("First tie-break", "Second tie-break",
			"Third tie-break", "Fourth tie-break");

	/** The form's fields for the eligibility rules the draft names otherwise. */
	private static final Map<String, String> ELIGIBILITY_FIELDS = Map.ofEntries(
			Map.entry("eligibility.countries", "eligibleCountries"),
			Map.entry("eligibility.organisationTypes", "eligibleOrganisationTypes"),
			Map.entry("eligibility.trlMin", "trlMin"), Map.entry("eligibility.trlMax", "trlMax"),
			Map.entry("evaluation.consensusMode", "consensusMode"),
			Map.entry("evaluation.consensusSpread", "consensusSpread"),
			Map.entry("evaluation.invitationDays", "invitationDays"),
			Map.entry("evaluation.declarationDays", "declarationDays"),
			Map.entry("evaluation.scoringDays", "scoringDays"), Map.entry("evaluation.reminderDays", "reminderDays"),
			Map.entry("selection.tieBreaks", "tieBreaks"), Map.entry("selection.redressDays", "redressDays"),
			Map.entry("selection.reportEveryMonths", "reportEveryMonths"));

	/** A field of one challenge or criterion, e.g. challenges[2].title. */
	private static final Pattern PLACE = Pattern.compile("(challenges|criteria)\\[(\\d{1,9})\\](.*)");

	private String programme;

	private String reference;

	private String title;

	private String description;

	private List<ChallengeRow> challenges = new ArrayList<>();

	/** The row of each challenge of the last draft read, blank rows left out. */
	private final List<Integer> challengeRows = new ArrayList<>();

	private final List<Integer> criterionRows = new ArrayList<>();

	private String totalBudget;

	private String maxGrant;

	private String currency = CallTerms.DEFAULT_CURRENCY;

	private String opening;

	private String deadline;

	private String timeZone = "Europe/Brussels";

	private String evaluatorsPerSubmission = String.valueOf(CallTerms.DEFAULT_EVALUATORS);

	private List<CriterionRow> criteria = new ArrayList<>();

	private String overallThreshold = CallTerms.DEFAULT_OVERALL_THRESHOLD.toPlainString();

	private String eligibleCountries = String.join(", ",
			EligibilityRules.DEFAULT.countries().stream().sorted().toList());

	private List<String> eligibleOrganisationTypes = new ArrayList<>(
			EligibilityRules.DEFAULT.organisationTypes().stream().sorted().toList());

	private String trlMin = String.valueOf(EligibilityRules.DEFAULT.trlMin());

	private String trlMax = String.valueOf(EligibilityRules.DEFAULT.trlMax());

	private boolean blindEvaluation = EvaluationRules.DEFAULT.blindEvaluation();

	private String consensusMode = EvaluationRules.DEFAULT.consensusMode().name();

	private String consensusSpread = EvaluationRules.DEFAULT.consensusSpread().toPlainString();

	private boolean sameCountryConflicts = EvaluationRules.DEFAULT.sameCountryConflicts();

	private String invitationDays = String.valueOf(EvaluationRules.DEFAULT.invitationDays());

	private String declarationDays = String.valueOf(EvaluationRules.DEFAULT.declarationDays());

	private String scoringDays = String.valueOf(EvaluationRules.DEFAULT.scoringDays());

	private String reminderDays = String.valueOf(EvaluationRules.DEFAULT.reminderDays());

	/**
	 * The tie-breaks in order: criterion names or
	 * {@link SelectionRules#EARLIER_SUBMISSION}.
	 */
	private List<String> tieBreaks = new ArrayList<>();

	private String redressDays = String.valueOf(SelectionRules.DEFAULT_REDRESS_DAYS);

	/** Blank: the installation's reporting interval. */
	private String reportEveryMonths;

	static CallForm empty() {
		CallForm form = new CallForm();
		CallTerms.DEFAULT_CRITERIA.forEach((c) -> form.criteria
			.add(new CriterionRow(c.name(), c.threshold().toPlainString(), c.weight().toPlainString())));
		form.tieBreaks = new ArrayList<>(SelectionRules.DEFAULT.tieBreaksOver(CallTerms.DEFAULT_CRITERIA));
		return form.padded();
	}

	static CallForm of(CallView call) {
		CallForm form = new CallForm();
		form.programme = call.programmeCode();
		form.reference = call.reference();
		form.title = call.title();
		form.description = call.description();
		call.challenges()
			.forEach((c) -> form.challenges.add(new ChallengeRow(c.title(), c.description(),
					(c.challengeId() != null) ? c.challengeId().toString() : null)));
		form.totalBudget = call.totalBudget().toPlainString();
		form.maxGrant = call.maxGrant().toPlainString();
		form.currency = call.currency();
		form.opening = call.localOpening().toString();
		form.deadline = call.localDeadline().toString();
		form.timeZone = call.timeZone();
		form.evaluatorsPerSubmission = String.valueOf(call.evaluatorsPerSubmission());
		call.criteria()
			.forEach((c) -> form.criteria
				.add(new CriterionRow(c.name(), c.threshold().stripTrailingZeros().toPlainString(),
						c.weight().stripTrailingZeros().toPlainString())));
		form.overallThreshold = call.overallThreshold().stripTrailingZeros().toPlainString();
		form.eligibleCountries = String.join(", ", call.eligibility().countries().stream().sorted().toList());
		form.eligibleOrganisationTypes = new ArrayList<>(call.eligibility().organisationTypes());
		form.trlMin = String.valueOf(call.eligibility().trlMin());
		form.trlMax = String.valueOf(call.eligibility().trlMax());
		CallView.Evaluation evaluation = call.evaluation();
		form.blindEvaluation = evaluation.blindEvaluation();
		form.consensusMode = evaluation.consensusMode();
		form.consensusSpread = evaluation.consensusSpread().stripTrailingZeros().toPlainString();
		form.sameCountryConflicts = evaluation.sameCountryConflicts();
		form.invitationDays = String.valueOf(evaluation.invitationDays());
		form.declarationDays = String.valueOf(evaluation.declarationDays());
		form.scoringDays = String.valueOf(evaluation.scoringDays());
		form.reminderDays = String.valueOf(evaluation.reminderDays());
		form.tieBreaks = new ArrayList<>(call.selection().tieBreaks());
		form.redressDays = String.valueOf(call.selection().redressDays());
		Integer reportEveryMonths = call.selection().reportEveryMonths();
		form.reportEveryMonths = (reportEveryMonths != null) ? String.valueOf(reportEveryMonths) : null;
		return form.padded();
	}

	/** Adds empty rows so that the page can offer more challenges and criteria. */
	CallForm padded() {
		while (this.challenges.size() < CHALLENGE_ROWS) {
			this.challenges.add(new ChallengeRow());
		}
		while (this.criteria.size() < CRITERION_ROWS) {
			this.criteria.add(new CriterionRow());
		}
		if (this.tieBreaks == null) {
			this.tieBreaks = new ArrayList<>();
		}
		while (this.tieBreaks.size() < TIE_BREAK_ROWS) {
			this.tieBreaks.add("");
		}
		return this;
	}

	/**
	 * The draft the form describes, without its blank rows. Refusals name challenges and
	 * criteria by their place in the draft; {@link #onRows} names them by their row.
	 */
	CallDraft toDraft() {
		List<FieldViolation> violations = new ArrayList<>();
		List<CallDraft.Challenge> challengeList = new ArrayList<>();
		this.challengeRows.clear();
		for (int row = 0; row < this.challenges.size(); row++) {
			ChallengeRow challenge = this.challenges.get(row);
			if (!blank(challenge.getTitle()) || !blank(challenge.getDescription())) {
				challengeList.add(new CallDraft.Challenge(challenge.getTitle(), challenge.getDescription(),
						challengeId("challenges[" + challengeList.size() + "].challengeId", challenge.getChallengeId(),
								violations)));
				this.challengeRows.add(row);
			}
		}
		List<CallDraft.Criterion> criterionList = new ArrayList<>();
		this.criterionRows.clear();
		for (int row = 0; row < this.criteria.size(); row++) {
			CriterionRow criterion = this.criteria.get(row);
			if (!blank(criterion.getName()) || !blank(criterion.getThreshold()) || !blank(criterion.getWeight())) {
				String prefix = "criteria[" + criterionList.size() + "].";
				criterionList.add(new CallDraft.Criterion(criterion.getName(),
						number(prefix + "threshold", criterion.getThreshold(), violations),
						number(prefix + "weight", criterion.getWeight(), violations)));
				this.criterionRows.add(row);
			}
		}
		CallDraft draft = new CallDraft(this.title, this.description, challengeList,
				number("totalBudget", this.totalBudget, violations), number("maxGrant", this.maxGrant, violations),
				this.currency, time("opening", this.opening, violations), time("deadline", this.deadline, violations),
				this.timeZone, whole("evaluatorsPerSubmission", this.evaluatorsPerSubmission, violations),
				criterionList, number("overallThreshold", this.overallThreshold, violations),
				new CallDraft.Eligibility((this.eligibleCountries != null)
						? List.of(this.eligibleCountries.split("[,\\s]+")).stream().filter((c) -> !c.isBlank()).toList()
						: List.of(), this.eligibleOrganisationTypes, whole("trlMin", this.trlMin, violations),
						whole("trlMax", this.trlMax, violations)),
				new CallDraft.Evaluation(this.blindEvaluation, this.consensusMode,
						number("consensusSpread", this.consensusSpread, violations), this.sameCountryConflicts,
						whole("invitationDays", this.invitationDays, violations),
						whole("declarationDays", this.declarationDays, violations),
						whole("scoringDays", this.scoringDays, violations),
						whole("reminderDays", this.reminderDays, violations)),
				new CallDraft.Selection(
						(this.tieBreaks != null) ? this.tieBreaks.stream().filter((t) -> !blank(t)).toList()
								: List.of(),
						whole("redressDays", this.redressDays, violations),
						whole("reportEveryMonths", this.reportEveryMonths, violations)));
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return draft;
	}

	/**
	 * What a tie-break may name: the criteria the form holds now, the earlier submission,
	 * and any value chosen that is neither (a criterion since renamed), so that its
	 * refusal shows what was chosen.
	 */
	public List<String> tieBreakChoices() {
		List<String> choices = new ArrayList<>();
		this.criteria.stream()
			.map(CriterionRow::getName)
			.filter((name) -> !blank(name))
			.map(String::strip)
			.filter((name) -> !name.equals(SelectionRules.EARLIER_SUBMISSION))
			.distinct()
			.forEach(choices::add);
		choices.add(SelectionRules.EARLIER_SUBMISSION);
		this.tieBreaks.stream().filter((t) -> !blank(t) && !choices.contains(t)).forEach(choices::add);
		return choices;
	}

	/** The words a tie-break choice is offered in. */
	public String tieBreakChoiceLabel(String choice) {
		return SelectionRules.EARLIER_SUBMISSION.equals(choice) ? "Earlier submission" : choice;
	}

	/** The label of the tie-break choice at {@code index}: "First tie-break", … */
	public String tieBreakLabel(int index) {
		return (index < TIE_BREAK_LABELS.size()) ? TIE_BREAK_LABELS.get(index) : "Tie-break " + (index + 1);
	}

	/**
	 * The same refusal, naming the form's rows rather than the draft's places, and its
	 * fields rather than the draft's eligibility rules.
	 */
	InvalidInputException onRows(InvalidInputException refusal) {
		return new InvalidInputException(refusal.violations()
			.stream()
			.map((violation) -> new FieldViolation(rowField(violation.field()), violation.reason()))
			.toList());
	}

	private String rowField(String field) {
		String eligibility = ELIGIBILITY_FIELDS.get(field);
		if (eligibility != null) {
			return eligibility;
		}
		Matcher place = PLACE.matcher(field);
		if (place.matches()) {
			List<Integer> rows = place.group(1).equals("challenges") ? this.challengeRows : this.criterionRows;
			int index = Integer.parseInt(place.group(2));
			if (index < rows.size()) {
				return place.group(1) + "[" + rows.get(index) + "]" + place.group(3);
			}
		}
		return field;
	}

	private static UUID challengeId(String field, String value, List<FieldViolation> violations) {
		if (blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation(field, "is not a challenge built from needs"));
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static BigDecimal number(String field, String value, List<FieldViolation> violations) {
		if (blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			violations.add(new FieldViolation(field, "must be a number"));
			return null;
		}
	}

	private static Integer whole(String field, String value, List<FieldViolation> violations) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(new FieldViolation(field, "must be a whole number"));
			return null;
		}
	}

	private static LocalDateTime time(String field, String value, List<FieldViolation> violations) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new FieldViolation(field, "must be a date and time like 2027-01-15T09:00"));
			return null;
		}
	}

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<ChallengeRow> getChallenges() {
		return this.challenges;
	}

	public void setChallenges(List<ChallengeRow> challenges) {
		this.challenges = challenges;
	}

	public String getTotalBudget() {
		return this.totalBudget;
	}

	public void setTotalBudget(String totalBudget) {
		this.totalBudget = totalBudget;
	}

	public String getMaxGrant() {
		return this.maxGrant;
	}

	public void setMaxGrant(String maxGrant) {
		this.maxGrant = maxGrant;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getOpening() {
		return this.opening;
	}

	public void setOpening(String opening) {
		this.opening = opening;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getEvaluatorsPerSubmission() {
		return this.evaluatorsPerSubmission;
	}

	public void setEvaluatorsPerSubmission(String evaluatorsPerSubmission) {
		this.evaluatorsPerSubmission = evaluatorsPerSubmission;
	}

	public List<CriterionRow> getCriteria() {
		return this.criteria;
	}

	public void setCriteria(List<CriterionRow> criteria) {
		this.criteria = criteria;
	}

	public String getOverallThreshold() {
		return this.overallThreshold;
	}

	public void setOverallThreshold(String overallThreshold) {
		this.overallThreshold = overallThreshold;
	}

	public String getEligibleCountries() {
		return this.eligibleCountries;
	}

	public void setEligibleCountries(String eligibleCountries) {
		this.eligibleCountries = eligibleCountries;
	}

	public List<String> getEligibleOrganisationTypes() {
		return this.eligibleOrganisationTypes;
	}

	public void setEligibleOrganisationTypes(List<String> eligibleOrganisationTypes) {
		this.eligibleOrganisationTypes = eligibleOrganisationTypes;
	}

	public String getTrlMin() {
		return this.trlMin;
	}

	public void setTrlMin(String trlMin) {
		this.trlMin = trlMin;
	}

	public String getTrlMax() {
		return this.trlMax;
	}

	public void setTrlMax(String trlMax) {
		this.trlMax = trlMax;
	}

	public boolean isBlindEvaluation() {
		return this.blindEvaluation;
	}

	public void setBlindEvaluation(boolean blindEvaluation) {
		this.blindEvaluation = blindEvaluation;
	}

	public String getConsensusMode() {
		return this.consensusMode;
	}

	public void setConsensusMode(String consensusMode) {
		this.consensusMode = consensusMode;
	}

	public String getConsensusSpread() {
		return this.consensusSpread;
	}

	public void setConsensusSpread(String consensusSpread) {
		this.consensusSpread = consensusSpread;
	}

	public boolean isSameCountryConflicts() {
		return this.sameCountryConflicts;
	}

	public void setSameCountryConflicts(boolean sameCountryConflicts) {
		this.sameCountryConflicts = sameCountryConflicts;
	}

	public String getInvitationDays() {
		return this.invitationDays;
	}

	public void setInvitationDays(String invitationDays) {
		this.invitationDays = invitationDays;
	}

	public String getDeclarationDays() {
		return this.declarationDays;
	}

	public void setDeclarationDays(String declarationDays) {
		this.declarationDays = declarationDays;
	}

	public String getScoringDays() {
		return this.scoringDays;
	}

	public void setScoringDays(String scoringDays) {
		this.scoringDays = scoringDays;
	}

	public String getReminderDays() {
		return this.reminderDays;
	}

	public void setReminderDays(String reminderDays) {
		this.reminderDays = reminderDays;
	}

	public List<String> getTieBreaks() {
		return this.tieBreaks;
	}

	public void setTieBreaks(List<String> tieBreaks) {
		this.tieBreaks = tieBreaks;
	}

	public String getRedressDays() {
		return this.redressDays;
	}

	public void setRedressDays(String redressDays) {
		this.redressDays = redressDays;
	}

	public String getReportEveryMonths() {
		return this.reportEveryMonths;
	}

	public void setReportEveryMonths(String reportEveryMonths) {
		this.reportEveryMonths = reportEveryMonths;
	}

	/** One challenge line of the form. */
	public static class ChallengeRow {

		private String title;

		private String description;

		private String challengeId;

		public ChallengeRow() {
		}

		ChallengeRow(String title, String description, String challengeId) {
			this.title = title;
			this.description = description;
			this.challengeId = challengeId;
		}

		/** Set when the challenge was built from needs; kept as a hidden field. */
		public String getChallengeId() {
			return this.challengeId;
		}

		public void setChallengeId(String challengeId) {
			this.challengeId = challengeId;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/** One criterion line of the form. */
	public static class CriterionRow {

		private String name;

		private String threshold;

		private String weight;

		public CriterionRow() {
		}

		CriterionRow(String name, String threshold, String weight) {
			this.name = name;
			this.threshold = threshold;
			this.weight = weight;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getThreshold() {
			return this.threshold;
		}

		public void setThreshold(String threshold) {
			this.threshold = threshold;
		}

		public String getWeight() {
			return this.weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}

	}

}
