package org.opencall.submissions.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;

import org.springframework.stereotype.Component;

/**
 * Evaluates {@code bpmn/eligibility.dmn} on a submission's facts and the call's settings;
 * every matching rule gives one reason why the submission is not eligible.
 */
@Component
public class EligibilityTable {

	public static final String DECISION_KEY = "eligibility";

	private final DecisionService decisionService;

	EligibilityTable(DecisionService decisionService) {
		this.decisionService = decisionService;
	}

	public List<String> reasonsNotEligible(Map<String, Object> facts) {
		return this.decisionService.evaluateDecisionTableByKey(DECISION_KEY, facts).collectEntries("reason");
	}

}
