package org.opencall.submissions.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.opencall.platform.AmountRules;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.TextRules;

/**
 * What a proposal says; a draft may be incomplete, a submission may not. Its keywords
 * (optional) tell the expert assignment what the proposal is about.
 */
public record ProposalContent(String challenge, String title, String acronym, String summary,
		BigDecimal requestedAmount, Integer trl, String team, String partners, Set<Declaration> declarations,
		List<String> keywords) {

	/** The most keywords a proposal may have. */
	public static final int MOST_KEYWORDS = 10;

	/** The shortest and longest keyword. */
	public static final int SHORTEST_KEYWORD = 2;

	public static final int LONGEST_KEYWORD = 40;

	public ProposalContent {
		declarations = (declarations != null) ? Set.copyOf(declarations) : Set.of();
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
	}

	/** A proposal without keywords. */
	public ProposalContent(String challenge, String title, String acronym, String summary, BigDecimal requestedAmount,
			Integer trl, String team, String partners, Set<Declaration> declarations) {
		this(challenge, title, acronym, summary, requestedAmount, trl, team, partners, declarations, List.of());
	}

	/** The fields in the order the form shows them, for lists of problems. */
	public static final List<String> FIELDS = List.of("challenge", "title", "acronym", "summary", "keywords",
			"requestedAmount", "trl", "team", "partners", "declarations");

	/**
	 * What a draft must respect at any time: lengths, characters and ranges of what is
	 * there.
	 */
	public List<FieldViolation> draftViolations() {
		List<FieldViolation> violations = new ArrayList<>();
		TextRules.optional(violations, "challenge", this.challenge, TextRules.LINE);
		TextRules.optional(violations, "title", this.title, TextRules.LINE);
		TextRules.optional(violations, "acronym", this.acronym, 30);
		TextRules.optional(violations, "summary", this.summary, 5_000);
		AmountRules.optional(violations, "requestedAmount", this.requestedAmount);
		if (this.trl != null && (this.trl < 1 || this.trl > 9)) {
			violations.add(new FieldViolation("trl", "must be between 1 and 9"));
		}
		TextRules.optional(violations, "team", this.team, 10_000);
		TextRules.optional(violations, "partners", this.partners, 10_000);
		keywordViolation().ifPresent(violations::add);
		return violations;
	}

	/** The first problem of the keywords, naming the keyword by its position. */
	private Optional<FieldViolation> keywordViolation() {
		if (this.keywords.size() > MOST_KEYWORDS) {
			return Optional.of(new FieldViolation("keywords",
					"must be at most " + MOST_KEYWORDS + " keywords, not " + this.keywords.size()));
		}
		for (int i = 0; i < this.keywords.size(); i++) {
			String keyword = this.keywords.get(i);
			String problem = TextRules.problem(keyword, LONGEST_KEYWORD);
			if (problem == null && (keyword == null || keyword.strip().length() < SHORTEST_KEYWORD)) {
				problem = "must be at least " + SHORTEST_KEYWORD + " characters";
			}
			if (problem != null) {
				return Optional.of(new FieldViolation("keywords", "keyword " + (i + 1) + " " + problem));
			}
		}
		return Optional.empty();
	}

	/**
	 * What a submission needs besides: every field but the partners present and every
	 * declaration made.
	 */
	public List<FieldViolation> missingForSubmission() {
		List<FieldViolation> violations = new ArrayList<>();
		present(violations, "challenge", this.challenge);
		present(violations, "title", this.title);
		present(violations, "acronym", this.acronym);
		present(violations, "summary", this.summary);
		if (this.requestedAmount == null) {
			violations.add(new FieldViolation("requestedAmount", "is required"));
		}
		if (this.trl == null) {
			violations.add(new FieldViolation("trl", "is required"));
		}
		present(violations, "team", this.team);
		long missing = Arrays.stream(Declaration.values()).filter((d) -> !this.declarations.contains(d)).count();
		if (missing > 0) {
			violations.add(new FieldViolation("declarations", "must all be made before submitting; " + missing + " of "
					+ Declaration.values().length + " are not made yet"));
		}
		return violations;
	}

	private static void present(List<FieldViolation> violations, String field, String value) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
		}
	}

}
