package org.opencall.calls.domain;

/**
 * What a call publishes of a need behind one of its challenges, as it was when attached;
 * a field its owner marked confidential is {@code null}.
 */
public record NeedSnapshot(String reference, String title, String careSetting, String urgency, String organisation,
		String affectedPopulation, Integer affectedCount, String currentPractice, String currentBurden,
		String expectedBenefit) {
}
