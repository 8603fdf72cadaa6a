package org.opencall.identity;

/**
 * Characters no name or address typed by a person contains: line breaks, tabs, NUL and
 * other control characters, and invisible format characters such as bidi overrides. In a
 * mail header a line break would start a header of the sender's choosing.
 */
final class ControlCharacters {

	private ControlCharacters() {
	}

	static boolean in(String value) {
		return value.codePoints().anyMatch(ControlCharacters::isControl);
	}

	private static boolean isControl(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
