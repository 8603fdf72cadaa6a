package org.opencall.submissions.domain;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bpmn/eligibility.dmn}: each rule on its own, and a submission that passes all.
 */
class EligibilityTableTest {

	static DmnEngine engine;

	static DmnDecision decision;

	@BeforeAll
	static void parseTable() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = EligibilityTableTest.class.getResourceAsStream("/bpmn/eligibility.dmn")) {
			decision = engine.parseDecision("eligibility", table);
		}
	}

	static Map<String, Object> eligible() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("requestedAmount", 48000.0);
		facts.put("maxGrant", 50000.0);
		facts.put("country", "PT");
		facts.put("eligibleCountries", ",ES,PT,SE,");
		facts.put("organisationType", "SME");
		facts.put("eligibleOrganisationTypes", ",SME,START_UP,");
		facts.put("trl", 6);
		facts.put("trlMin", 5);
		facts.put("trlMax", 8);
		facts.put("documentsComplete", true);
		return facts;
	}

	List<String> reasons(Map<String, Object> facts) {
		return engine.evaluateDecisionTable(decision, facts).collectEntries("reason");
	}

	Map<String, Object> with(String fact, Object value) {
		Map<String, Object> facts = eligible();
		facts.put(fact, value);
		return facts;
	}

	@Test
	void aSubmissionThatMeetsEveryRuleIsEligible() {
		assertThat(reasons(eligible())).isEmpty();
	}

	@Test
	void anAmountAboveTheMaximumGrantIsNotEligible() {
		assertThat(reasons(with("requestedAmount", 50000.01)))
			.containsExactly("The requested amount exceeds the call's maximum grant.");
		assertThat(reasons(with("requestedAmount", 50000.0))).isEmpty();
	}

	@Test
	void aCountryOutsideTheCallsListIsNotEligible() {
		assertThat(reasons(with("country", "US")))
			.containsExactly("The organisation's country is not eligible for this call.");
		assertThat(reasons(with("country", "S"))).as("no partial match").hasSize(1);
	}

	@Test
	void anOrganisationTypeOutsideTheCallsListIsNotEligible() {
		assertThat(reasons(with("organisationType", "LARGE_COMPANY")))
			.containsExactly("The organisation's type is not eligible for this call.");
	}

	@Test
	void aTrlOutsideTheCallsRangeIsNotEligible() {
		assertThat(reasons(with("trl", 4)))
			.containsExactly("The technology readiness level is below the call's range.");
		assertThat(reasons(with("trl", 9)))
			.containsExactly("The technology readiness level is above the call's range.");
		assertThat(reasons(with("trl", 5))).isEmpty();
		assertThat(reasons(with("trl", 8))).isEmpty();
	}

	@Test
	void aMissingMandatoryDocumentIsNotEligible() {
		assertThat(reasons(with("documentsComplete", false))).containsExactly("A mandatory document is missing.");
	}

	@Test
	void everyFailedRuleGivesItsReason() {
		Map<String, Object> facts = with("country", "US");
		facts.put("trl", 2);
		facts.put("documentsComplete", false);
		assertThat(reasons(facts)).hasSize(3);
	}

}
