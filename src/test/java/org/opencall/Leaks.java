package org.opencall;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What no answer shows: SQL, a stack trace, a class name, an engine code.
 */
public final class Leaks {

	/**
	 * SQL shows in an answer through the database's or Spring's error texts; the bare
	 * word is left out because tests store legitimate text about SQL that pages show
	 * back.
	 */
	public static final List<String> MARKS = List.of("java.", "jakarta.", "org.opencall", "org.springframework",
			"org.postgresql", "com.fasterxml", "org.camunda", "Exception", "SQL state", "SQLState", "bad SQL grammar",
			"ERROR:", "\tat ", "ENGINE-");

	/**
	 * Content that tests store as legitimate text and that pages listing stored objects
	 * show back: it names a Java class without being a leak.
	 */
	private static final List<String> STORED_CONTENT = List.of("T(java.lang.Runtime).getRuntime()");

	private Leaks() {
	}

	/** The answer shows none of the marks, once what the request sent is left out. */
	public static void assertNone(String what, String answer, String... sent) {
		String rest = String.valueOf(answer);
		for (String echo : sent) {
			rest = rest.replace(echo, "").replace(HtmlUtils.htmlEscape(echo), "");
		}
		for (String content : STORED_CONTENT) {
			rest = rest.replace(content, "");
		}
		String checked = rest;
		MARKS.forEach((mark) -> assertThat(checked).as(what + " shows " + mark).doesNotContain(mark));
	}

}
