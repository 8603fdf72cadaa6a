package org.opencall.submissions.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opencall.platform.AmountRules;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.TextRules;

/**
 * What a proposal says; a draft may be incomplete, a submission may not.
 */
public record ProposalContent(String challenge, String title, String acronym, String summary,
		BigDecimal requestedAmount, Integer trl, String team, String partners, Set<Declaration> declarations) {

	public ProposalContent {
		declarations = (declarations != null) ? Set.copyOf(declarations) : Set.of();
	}

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
		TextRules.optional(violations, "team", this.team, 10_000);
		TextRules.optional(violations, "partners", this.partners, 10_000);
		AmountRules.optional(violations, "requestedAmount", this.requestedAmount);
		if (this.trl != null && (this.trl < 1 || this.trl > 9)) {
			violations.add(new FieldViolation("trl", "must be between 1 and 9"));
		}
		return violations;
	}

	/**
	 * What a submission needs besides: every field present and every declaration made.
	 */
	public List<FieldViolation> submissionViolations(BigDecimal maxGrant) {
		List<FieldViolation> violations = draftViolations();
		present(violations, "challenge", this.challenge);
		present(violations, "title", this.title);
		present(violations, "acronym", this.acronym);
		present(violations, "summary", this.summary);
		present(violations, "team", this.team);
		if (this.requestedAmount == null) {
			violations.add(new FieldViolation("requestedAmount", "is required"));
		}
		else if (AmountRules.problem(this.requestedAmount) == null && this.requestedAmount.compareTo(maxGrant) > 0) {
			violations.add(new FieldViolation("requestedAmount",
					"must not exceed the maximum grant of " + maxGrant.stripTrailingZeros().toPlainString()));
		}
		if (this.trl == null) {
			violations.add(new FieldViolation("trl", "is required"));
		}
		for (Declaration declaration : Declaration.values()) {
			if (!this.declarations.contains(declaration)) {
				violations.add(new FieldViolation("declarations", "declare: " + declaration.text()));
			}
		}
		return violations;
	}

	private static void present(List<FieldViolation> violations, String field, String value) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
		}
	}

}
