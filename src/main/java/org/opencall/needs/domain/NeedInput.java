package org.opencall.needs.domain;

import java.util.Set;

/**
 * A need as its owner writes it; any field may be missing or wrong until
 * {@link NeedDetails#of(NeedInput)} accepts it.
 */
public record NeedInput(String title, String description, String careSetting, String affectedPopulation,
		Integer affectedCount, String currentPractice, String currentBurden, String expectedBenefit, String urgency,
		Set<String> confidentialFields) {
}
