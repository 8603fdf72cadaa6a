package org.opencall.evaluation.process;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.opencall.evaluation.process.EvaluationSteps.ConsensusInputs;

import org.springframework.stereotype.Component;

/**
 * Evaluates {@code bpmn/consensus.dmn}: whether the experts of a proposal hold a
 * consensus round.
 */
@Component
class ConsensusTable {

	static final String DECISION_KEY = "consensus";

	private final DecisionService decisionService;

	ConsensusTable(DecisionService decisionService) {
		this.decisionService = decisionService;
	}

	boolean consensusNeeded(ConsensusInputs inputs) {
		Boolean needed = this.decisionService
			.evaluateDecisionTableByKey(DECISION_KEY, Map.of("consensusMode", inputs.consensusMode(), "maximumSpread",
					inputs.maximumSpread(), "allowedSpread", inputs.allowedSpread()))
			.getSingleEntry();
		if (needed == null) {
			throw new IllegalStateException("The consensus table knows no mode " + inputs.consensusMode());
		}
		return needed;
	}

}
