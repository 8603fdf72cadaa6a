package org.opencall.calls;

/**
 * What a call publishes of a need behind one of its challenges; a field its owner marked
 * confidential is {@code null}.
 */
public record NeedSummary(String reference, String title, String careSetting, String urgency, String organisation,
		String affectedPopulation, Integer affectedCount, String currentPractice, String currentBurden,
		String expectedBenefit) {
}
