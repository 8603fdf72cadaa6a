package org.opencall.calls.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opencall.platform.FieldViolation;

/**
 * How a call's selection orders and answers its evaluated proposals: the tie-breaks of
 * proposals with the same weighted score, in order, and the days an applicant has to ask
 * for redress. A tie-break is a criterion of the call (the higher score on it ranks
 * first) or {@link #EARLIER_SUBMISSION}. No tie-breaks (as stored for a call that never
 * named any) means the default: the call's first two criteria, then the earlier
 * submission, so that the default follows the criteria when they are edited.
 * {@code reportEveryMonths}: how often the call reports to its programme's funder once
 * published; none means the installation's interval
 * ({@code opencall.reporting.report-every}).
 */
public record SelectionRules(List<String> tieBreaks, int redressDays, Integer reportEveryMonths) {

	public static final String EARLIER_SUBMISSION = "EARLIER_SUBMISSION";

	public static final int DEFAULT_REDRESS_DAYS = 30;

	public static final SelectionRules DEFAULT = new SelectionRules(List.of(), DEFAULT_REDRESS_DAYS, null);

	private static final int MAX_REDRESS_DAYS = 365;

	private static final int MAX_REPORT_EVERY_MONTHS = 24;

	private static final int DEFAULT_CRITERIA_TIE_BREAKS = 2;

	/** Longest entry a refusal quotes; a longer one is named by its length. */
	private static final int QUOTED = 60;

	public SelectionRules {
		tieBreaks = List.copyOf(tieBreaks);
	}

	/** Rules that leave the reporting interval to the installation. */
	public SelectionRules(List<String> tieBreaks, int redressDays) {
		this(tieBreaks, redressDays, null);
	}

	/** The rules as entered; what is missing takes its default. */
	public record Draft(List<String> tieBreaks, Integer redressDays, Integer reportEveryMonths) {

		public Draft(List<String> tieBreaks, Integer redressDays) {
			this(tieBreaks, redressDays, null);
		}

	}

	/** The tie-breaks in order, the default filled in from the criteria. */
	public List<String> tieBreaksOver(List<Criterion> criteria) {
		if (!this.tieBreaks.isEmpty()) {
			return this.tieBreaks;
		}
		List<String> defaults = new ArrayList<>();
		criteria.stream().limit(DEFAULT_CRITERIA_TIE_BREAKS).forEach((c) -> defaults.add(c.name()));
		defaults.add(EARLIER_SUBMISSION);
		return List.copyOf(defaults);
	}

	/**
	 * Reads the draft against the criteria the call will have. Criterion names and the
	 * word are taken in any case and kept as the criteria spell them. Without
	 * {@code criteriaKnown} (the criteria were refused) names are not checked, so that a
	 * refusal is not blamed on the tie-breaks.
	 */
	static SelectionRules of(Draft draft, List<Criterion> criteria, boolean criteriaKnown,
			List<FieldViolation> violations) {
		if (draft == null) {
			return DEFAULT;
		}
		int redressDays = (draft.redressDays() != null) ? draft.redressDays() : DEFAULT_REDRESS_DAYS;
		if (redressDays < 1 || redressDays > MAX_REDRESS_DAYS) {
			violations.add(
					new FieldViolation("selection.redressDays", "must be between 1 and " + MAX_REDRESS_DAYS + " days"));
		}
		Integer reportEveryMonths = draft.reportEveryMonths();
		if (reportEveryMonths != null && (reportEveryMonths < 1 || reportEveryMonths > MAX_REPORT_EVERY_MONTHS)) {
			violations.add(new FieldViolation("selection.reportEveryMonths",
					"must be from 1 to " + MAX_REPORT_EVERY_MONTHS + " months"));
		}
		List<String> written = (draft.tieBreaks() != null) ? draft.tieBreaks() : List.of();
		int most = (criteriaKnown ? criteria.size() : CallTerms.MAX_CRITERIA) + 1;
		if (written.size() > most) {
			violations.add(new FieldViolation("selection.tieBreaks", "may have at most " + most
					+ " tie-breaks: each of the call's criteria and the earlier submission once"));
			return new SelectionRules(List.of(), redressDays, reportEveryMonths);
		}
		List<String> tieBreaks = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < written.size(); i++) {
			String entry = (written.get(i) != null) ? written.get(i).strip() : "";
			String place = place(i + 1);
			if (entry.isEmpty()) {
				violations.add(new FieldViolation("selection.tieBreaks",
						place + " is empty: name a criterion or the earlier submission"));
				continue;
			}
			String name = named(entry, criteria);
			if (name == null) {
				if (criteriaKnown) {
					violations.add(new FieldViolation("selection.tieBreaks", place + ", " + quoted(entry)
							+ ", is not a criterion of this call nor the earlier submission"));
				}
				continue;
			}
			if (!seen.add(name)) {
				violations.add(new FieldViolation("selection.tieBreaks",
						"names " + shown(name) + " more than once; each may break ties once"));
				continue;
			}
			tieBreaks.add(name);
		}
		return new SelectionRules(tieBreaks, redressDays, reportEveryMonths);
	}

	private static String named(String entry, List<Criterion> criteria) {
		if (entry.equalsIgnoreCase(EARLIER_SUBMISSION)) {
			return EARLIER_SUBMISSION;
		}
		return criteria.stream()
			.map(Criterion::name)
			.filter((name) -> name != null && name.equalsIgnoreCase(entry))
			.findFirst()
			.orElse(null);
	}

	private static String shown(String name) {
		return name.equals(EARLIER_SUBMISSION) ? "the earlier submission" : quoted(name);
	}

	private static String quoted(String entry) {
		return (entry.length() <= QUOTED) ? "\"" + entry.replaceAll("\\p{Cntrl}", "?") + "\""
				: "an entry of " + entry.length() + " characters";
	}

	private static String place(int place) {
		return switch (place) {
			case 1 -> "the first tie-break";
			case 2 -> "the second tie-break";
			case 3 -> "the third tie-break";
			case 4 -> "the fourth tie-break";
			case 5 -> "the fifth tie-break";
			case 6 -> "the sixth tie-break";
			default -> "tie-break number " + place;
		};
	}

}
