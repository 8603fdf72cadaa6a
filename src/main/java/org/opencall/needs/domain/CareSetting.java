package org.opencall.needs.domain;

/**
 * Where the unmet need arises.
 */
public enum CareSetting {

	HOSPITAL_INPATIENT("Hospital, inpatient"), HOSPITAL_OUTPATIENT("Hospital, outpatient"), EMERGENCY("Emergency care"),
	PRIMARY_CARE("Primary care"), HOME_CARE("Home care"), LONG_TERM_CARE("Long-term care"),
	MENTAL_HEALTH("Mental health"), PUBLIC_HEALTH("Public health");

	private final String label;

	CareSetting(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
