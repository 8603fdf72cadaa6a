package org.opencall.selection.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * One key that orders passing proposals of equal weighted score: the higher score on a
 * criterion, or the earlier submission. A call lists its keys in order; after them the
 * earlier submission and then the submission reference always follow, so that no two
 * proposals are ever equal and the ranking is the same however the proposals come.
 *
 * @param kind what is compared
 * @param criterion the criterion compared by {@link Kind#HIGHER_SCORE}; {@code null} for
 * {@link Kind#EARLIER_SUBMISSION}
 */
public record TieBreak(Kind kind, String criterion) {

	/** The field a call's tie-breaks are entered on. */
	public static final String FIELD = "selection.tieBreaks";

	/** How an entered list names the earlier submission. */
	public static final String EARLIER_SUBMISSION = "EARLIER_SUBMISSION";

	/** What a tie-break compares. */
	public enum Kind {

		/** The higher unweighted consensus score on one criterion comes first. */
		HIGHER_SCORE,

		/** The proposal submitted earlier comes first. */
		EARLIER_SUBMISSION

	}

	public TieBreak {
		if (kind == null) {
			throw new IllegalArgumentException("a tie-break needs a kind");
		}
		if ((kind == Kind.HIGHER_SCORE) == (criterion == null || criterion.isBlank())) {
			throw new IllegalArgumentException("a tie-break names a criterion exactly when it compares scores");
		}
	}

	public static TieBreak higherScore(String criterion) {
		return new TieBreak(Kind.HIGHER_SCORE, criterion);
	}

	public static TieBreak earlierSubmission() {
		return new TieBreak(Kind.EARLIER_SUBMISSION, null);
	}

	/**
	 * The default list: the higher score on the call's first criterion, then on its
	 * second (normally Excellence, then Impact), then the earlier submission.
	 */
	public static List<TieBreak> defaultsFor(List<RankingCriterion> criteria) {
		List<TieBreak> defaults = new ArrayList<>();
		criteria.stream().limit(2).forEach((criterion) -> defaults.add(higherScore(criterion.name())));
		defaults.add(earlierSubmission());
		return List.copyOf(defaults);
	}

	/**
	 * Reads a list as entered: each entry a criterion's name (without regard to case) or
	 * {@value #EARLIER_SUBMISSION}; no list or an empty one is the
	 * {@linkplain #defaultsFor default}. Refuses on {@value #FIELD}, with every reason at
	 * once, an empty entry, a name that is not a criterion of the call and an entry
	 * listed twice.
	 */
	public static List<TieBreak> parse(List<String> entries, List<RankingCriterion> criteria) {
		if (entries == null || entries.isEmpty()) {
			return defaultsFor(criteria);
		}
		List<FieldViolation> violations = new ArrayList<>();
		List<TieBreak> tieBreaks = new ArrayList<>();
		Set<TieBreak> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			TieBreak tieBreak = read(entry, criteria);
			if (entry == null || entry.isBlank()) {
				violations.add(new FieldViolation(FIELD, "entry " + (i + 1) + " is empty"));
			}
			else if (tieBreak == null) {
				violations.add(new FieldViolation(FIELD, "\"" + entry.strip() + "\" is not a criterion of the call; "
						+ "use one of " + choices(criteria)));
			}
			else if (!seen.add(tieBreak)) {
				violations.add(new FieldViolation(FIELD, "\"" + entry.strip() + "\" is listed twice"));
			}
			else {
				tieBreaks.add(tieBreak);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return List.copyOf(tieBreaks);
	}

	/** The entry that {@link #parse} reads back into this tie-break. */
	public String entry() {
		return (this.kind == Kind.EARLIER_SUBMISSION) ? EARLIER_SUBMISSION : this.criterion;
	}

	/** In words: "higher Excellence", "earlier submission". */
	public String inWords() {
		return (this.kind == Kind.EARLIER_SUBMISSION) ? "earlier submission" : "higher " + this.criterion;
	}

	private static TieBreak read(String entry, List<RankingCriterion> criteria) {
		if (entry == null || entry.isBlank()) {
			return null;
		}
		if (entry.strip().toUpperCase(Locale.ROOT).equals(EARLIER_SUBMISSION)) {
			return earlierSubmission();
		}
		return criteria.stream()
			.filter((criterion) -> criterion.isNamed(entry))
			.findFirst()
			.map((criterion) -> higherScore(criterion.name()))
			.orElse(null);
	}

	private static String choices(List<RankingCriterion> criteria) {
		return criteria.stream().map(RankingCriterion::name).collect(Collectors.joining(", ")) + " or "
				+ EARLIER_SUBMISSION;
	}

}
