package org.opencall.selection;

/** The outcomes of a funding decision in the words letters and pages use. */
final class Outcomes {

	static final String SELECTED = "SELECTED";

	static final String RESERVE = "RESERVE";

	static final String REJECTED = "REJECTED";

	private Outcomes() {
	}

	static String words(String outcome) {
		return switch (outcome) {
			case SELECTED -> "Selected for funding";
			case RESERVE -> "On the reserve list";
			case REJECTED -> "Not selected";
			default -> outcome;
		};
	}

}
