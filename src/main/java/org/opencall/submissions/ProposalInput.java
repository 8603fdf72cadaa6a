package org.opencall.submissions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.submissions.domain.Declaration;
import org.opencall.submissions.domain.ProposalContent;

/**
 * A proposal as the applicant writes it; {@code keywords} may be absent.
 */
public record ProposalInput(String challenge, String title, String acronym, String summary, BigDecimal requestedAmount,
		Integer trl, String team, String partners, Set<String> declarations, List<String> keywords) {

	/** Keywords as one text, separated by commas, as a form field holds them. */
	public static List<String> keywords(String commaSeparated) {
		if (commaSeparated == null) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter((k) -> !k.isEmpty()).toList();
	}

	ProposalContent toContent() {
		List<FieldViolation> problems = new ArrayList<>();
		ProposalContent content = toContent(problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return content;
	}

	/** The content, leaving out and naming in {@code problems} what cannot be read. */
	ProposalContent toContent(List<FieldViolation> problems) {
		Set<Declaration> made = EnumSet.noneOf(Declaration.class);
		for (String declaration : (this.declarations != null) ? this.declarations : Set.<String>of()) {
			try {
				made.add(Declaration.valueOf(declaration));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldViolation("declarations", "must be among " + List.of(Declaration.values())));
				break;
			}
		}
		List<String> keywords = new ArrayList<>();
		for (String keyword : (this.keywords != null) ? this.keywords : List.<String>of()) {
			String stripped = strip(keyword);
			if (stripped != null && !stripped.isEmpty() && !keywords.contains(stripped)) {
				keywords.add(stripped);
			}
		}
		return new ProposalContent(strip(this.challenge), strip(this.title), strip(this.acronym), strip(this.summary),
				this.requestedAmount, this.trl, strip(this.team), strip(this.partners), made, keywords);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

}
