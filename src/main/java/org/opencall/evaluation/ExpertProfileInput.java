package org.opencall.evaluation;

import java.util.List;

/**
 * An expert's profile as entered on their page or sent to the API.
 */
public record ExpertProfileInput(String organisation, String country, List<String> keywords, List<String> topics,
		Integer maxProposalsPerCall) {
}
