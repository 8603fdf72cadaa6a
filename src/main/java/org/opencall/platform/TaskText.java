package org.opencall.platform;

/**
 * A text composed for a task form (a summary, everyone's scores, the draft of an
 * agreement), made to fit the engine's text variable: at most {@link TextRules#NOTE}
 * characters. A longer text keeps its first lines and says where the rest is.
 */
public final class TaskText {

	static final String SHORTENED = "\n… shortened to fit the task form; Opencall shows the whole text.";

	private TaskText() {
	}

	/** The text itself when it fits, else its beginning up to a line or word break. */
	public static String fitted(String text) {
		if (text == null || text.length() <= TextRules.NOTE) {
			return text;
		}
		int room = TextRules.NOTE - SHORTENED.length();
		int cut = text.lastIndexOf('\n', room);
		if (cut < room / 2) {
			cut = text.lastIndexOf(' ', room);
		}
		if (cut < room / 2) {
			cut = room;
		}
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut).stripTrailing() + SHORTENED;
	}

}
