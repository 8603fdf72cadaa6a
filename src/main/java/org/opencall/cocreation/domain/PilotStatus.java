package org.opencall.cocreation.domain;

/** Where a pilot stands. */
public enum PilotStatus {

	KICK_OFF("Waiting for its kick-off"), RUNNING("Piloting"), CLOSED("Closed");

	private final String label;

	PilotStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
