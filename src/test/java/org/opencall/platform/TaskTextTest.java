package org.opencall.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskTextTest {

	@Test
	void aTextThatFitsIsKeptAsItIs() {
		String text = "x".repeat(TextRules.NOTE);
		assertThat(TaskText.fitted(text)).isSameAs(text);
		assertThat(TaskText.fitted(null)).isNull();
	}

	@Test
	void aLongerTextKeepsItsFirstWholeLinesAndSaysItWasShortened() {
		String line = "Expert 1, Excellence 4: a clear work plan with credible partners.\n";
		String text = line.repeat(200);
		String fitted = TaskText.fitted(text);
		assertThat(fitted).hasSizeLessThanOrEqualTo(TextRules.NOTE)
			.startsWith(line)
			.endsWith(TaskText.SHORTENED)
			.contains("Opencall shows the whole text");
		assertThat(fitted.substring(0, fitted.length() - TaskText.SHORTENED.length())).endsWith("credible partners.");
	}

	@Test
	void aLongTextWithoutLinesIsCutAtAWord() {
		String fitted = TaskText.fitted("word ".repeat(2_000));
		assertThat(fitted).hasSizeLessThanOrEqualTo(TextRules.NOTE).endsWith("word" + TaskText.SHORTENED);
	}

	@Test
	void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
		String fitted = TaskText.fitted("😀".repeat(3_000));
		assertThat(fitted).hasSizeLessThanOrEqualTo(TextRules.NOTE);
		String kept = fitted.substring(0, fitted.length() - TaskText.SHORTENED.length());
		assertThat(kept.codePoints()).allMatch((c) -> c == "😀".codePointAt(0));
	}

}
