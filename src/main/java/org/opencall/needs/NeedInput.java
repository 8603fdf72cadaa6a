package org.opencall.needs;

import java.util.Set;

import org.opencall.needs.domain.NeedDetails;

/**
 * A need as its owner writes it: choices by their codes ({@code HOME_CARE}, {@code HIGH},
 * {@code CURRENT_BURDEN}); any field may be missing or wrong until the need's rules
 * accept it.
 */
public record NeedInput(String title, String description, String careSetting, String affectedPopulation,
		Integer affectedCount, String currentPractice, String currentBurden, String expectedBenefit, String urgency,
		Set<String> confidentialFields) {

	/** The input as the need's rules accept it, or every field they refuse. */
	NeedDetails details() {
		return NeedDetails.of(this.title, this.description, this.careSetting, this.affectedPopulation,
				this.affectedCount, this.currentPractice, this.currentBurden, this.expectedBenefit, this.urgency,
				this.confidentialFields);
	}

}
