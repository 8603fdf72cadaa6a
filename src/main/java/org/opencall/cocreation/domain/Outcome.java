package org.opencall.cocreation.domain;

import java.util.Arrays;
import java.util.Optional;

/** How the pilot ended against the need it answers. */
public enum Outcome {

	SOLVED("Need solved"), PARTLY("Need partly solved"), NOT_SOLVED("Need not solved");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Outcome> of(String code) {
		return Arrays.stream(values()).filter((o) -> o.name().equals(code)).findFirst();
	}

}
