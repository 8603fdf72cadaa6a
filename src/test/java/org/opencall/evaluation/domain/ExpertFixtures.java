package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.List;

/**
 * Named experts and calls for the evaluation domain's tests.
 */
final class ExpertFixtures {

	static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

	private ExpertFixtures() {
	}

	static ExpertProfile interoperability() {
		return new ExpertProfile("Politecnico di Milano", "IT", List.of("HL7 FHIR", "interoperability"),
				List.of("health informatics"), 6);
	}

	static Expert pending(String userId) {
		return Expert.register(userId, interoperability(), true, NOW);
	}

	static Expert approved(String userId) {
		Expert expert = pending(userId);
		expert.approve("olivia", NOW);
		return expert;
	}

	static CallSnapshot remoteMonitoringCall() {
		return new CallSnapshot("HC-2027-01", "healthchain-founding", "Remote monitoring of chronic patients");
	}

}
