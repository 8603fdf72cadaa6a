package org.opencall.needs.domain;

/**
 * A field of a need that its owner may keep out of public call pages.
 */
public enum ConfidentialField {

	ORGANISATION, AFFECTED_POPULATION, AFFECTED_COUNT, CURRENT_PRACTICE, CURRENT_BURDEN, EXPECTED_BENEFIT

}
