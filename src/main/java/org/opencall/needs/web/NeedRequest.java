package org.opencall.needs.web;

import java.util.Set;

import org.opencall.needs.NeedInput;

/**
 * A need as the JSON API and the need form take it.
 */
record NeedRequest(String title, String description, String careSetting, String affectedPopulation,
		Integer affectedCount, String currentPractice, String currentBurden, String expectedBenefit, String urgency,
		Set<String> confidentialFields) {

	NeedInput toInput() {
		return new NeedInput(this.title, this.description, this.careSetting, this.affectedPopulation,
				this.affectedCount, this.currentPractice, this.currentBurden, this.expectedBenefit, this.urgency,
				this.confidentialFields);
	}

}
