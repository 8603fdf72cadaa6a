package org.opencall.cocreation.domain;

import java.util.Arrays;
import java.util.Optional;

/** A reviewer's verdict on a deliverable. */
public enum Verdict {

	ACCEPT("Accepted"), REVISE("Revision asked");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The verdict of a form's value ({@code accept}, {@code revise}, in any case). */
	public static Optional<Verdict> of(String value) {
		return (value == null) ? Optional.empty()
				: Arrays.stream(values()).filter((v) -> v.name().equalsIgnoreCase(value.strip())).findFirst();
	}

}
