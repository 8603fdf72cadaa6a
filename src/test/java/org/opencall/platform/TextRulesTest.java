package org.opencall.platform;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextRulesTest {

	@Test
	void acceptsTextWithTabsAndLineBreaksWithinItsLimit() {
		assertThat(TextRules.problem("Two lines:\r\n\tindented", 30)).isNull();
		assertThat(TextRules.problem(null, 10)).isNull();
		assertThat(TextRules.problem("  ten chars  ", 10)).as("surrounding blanks are stripped").isNull();
	}

	@Test
	void refusesNulAndOtherControlCharacters() {
		assertThat(TextRules.problem("a\u0000b", 10)).isEqualTo("must not contain control characters");
		assertThat(TextRules.problem("bell\u0007", 10)).isEqualTo("must not contain control characters");
		assertThat(TextRules.problem("del\u007f", 10)).isEqualTo("must not contain control characters");
		assertThat(TextRules.problem("c1\u0085", 10)).isEqualTo("must not contain control characters");
	}

	@Test
	void refusesTheControlsThatReorderTextForDisplay() {
		assertThat(TextRules.problem("invoice\u202efdp.exe", 30)).isEqualTo("must not contain control characters");
		assertThat(TextRules.problem("\u202a\u202b\u202c\u202d", 30)).isEqualTo("must not contain control characters");
		assertThat(TextRules.problem("isolate \u2066x\u2069", 30)).isEqualTo("must not contain control characters");
		assertThat(TextRules.problem("mark \u200f", 30)).as("a direction mark reorders nothing").isNull();
		assertThat(TextRules.problem("שלום, Opencall", 30)).as("right-to-left text itself").isNull();
	}

	@Test
	void refusesTextLongerThanItsLimit() {
		assertThat(TextRules.problem("x".repeat(201), TextRules.LINE)).isEqualTo("must be at most 200 characters");
		assertThat(TextRules.problem("x".repeat(5 * 1024 * 1024), TextRules.MAX))
			.isEqualTo("must be at most 20000 characters");
	}

	@Test
	void namesTheFieldOfEveryRefusal() {
		List<FieldViolation> violations = new ArrayList<>();
		assertThat(TextRules.required(violations, "title", "  Title  ", 10)).isEqualTo("Title");
		TextRules.required(violations, "summary", " ", 10);
		TextRules.optional(violations, "team", "a\u0000", 10);
		TextRules.optional(violations, "partners", null, 10);
		assertThat(violations).containsExactly(new FieldViolation("summary", "is required"),
				new FieldViolation("team", "must not contain control characters"));
		assertThatThrownBy(() -> TextRules.check("comment", "x".repeat(11), 10))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.violations())
				.containsExactly(new FieldViolation("comment", "must be at most 10 characters")));
	}

}
