package org.opencall.evaluation.process;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bpmn/consensus.dmn}: always a round in the EU practice; in the cascade practice
 * only beyond the allowed spread.
 */
class ConsensusTableTest {

	static DmnEngine engine;

	static DmnDecision decision;

	@BeforeAll
	static void parseTable() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = ConsensusTableTest.class.getResourceAsStream("/bpmn/consensus.dmn")) {
			decision = engine.parseDecision("consensus", table);
		}
	}

	List<Object> decide(String mode, double maximumSpread, double allowedSpread) {
		return engine
			.evaluateDecisionTable(decision,
					Map.of("consensusMode", mode, "maximumSpread", maximumSpread, "allowedSpread", allowedSpread))
			.collectEntries("consensusNeeded");
	}

	@Test
	void theEuPracticeAlwaysHoldsAConsensusRoundEvenWhenTheExpertsAgree() {
		assertThat(decide("ALWAYS", 0, 1.5)).containsExactly(true);
		assertThat(decide("ALWAYS", 4, 1.5)).containsExactly(true);
	}

	@Test
	void theCascadePracticeHoldsARoundOnlyWhenAScoreSpreadExceedsTheAllowedSpread() {
		assertThat(decide("ON_DIVERGENCE", 2, 1.5)).containsExactly(true);
		assertThat(decide("ON_DIVERGENCE", 1.5, 1.5)).as("at the allowed spread").containsExactly(false);
		assertThat(decide("ON_DIVERGENCE", 0.5, 1.5)).containsExactly(false);
		assertThat(decide("ON_DIVERGENCE", 0.5, 0)).containsExactly(true);
	}

	@Test
	void aModeTheTableDoesNotKnowDecidesNothing() {
		assertThat(decide("SOMETIMES", 3, 1)).isEmpty();
	}

}
