package org.opencall.selection;

import java.time.Duration;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.evaluation.DemoPast;
import org.opencall.selection.process.SelectionProcess;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A demo call's funding decision, lived in its past ({@link DemoPast}) through the real
 * use cases: once the evaluated call has handed over to its selection, olivia proposes
 * the ranking as the decision, oscar approves it the next day and the result letters go
 * out. Demo profile only.
 */
@Component
@Profile("demo")
public class DemoFundingDecision {

	private final DemoPast past;

	private final FundingDecision decision;

	private final RuntimeService runtimeService;

	DemoFundingDecision(DemoPast past, FundingDecision decision, RuntimeService runtimeService) {
		this.past = past;
		this.decision = decision;
		this.runtimeService = runtimeService;
	}

	/** The call's ranking decided by two officers and its letters sent. */
	public void decide(String callReference) {
		awaitSelection(callReference);
		this.decision.propose("olivia", callReference, "As the panel agreed.");
		this.past.later(Duration.ofDays(1));
		this.decision.review("oscar", callReference, SelectionProcess.DECISION_APPROVE,
				"The ranking follows the consensus results.");
		this.past.runJobs(callReference);
	}

	/**
	 * Waits until the call's selection is open: the call hands over after the last
	 * evaluation's commit, in another thread, while the clock still reads the past.
	 */
	void awaitSelection(String callReference) {
		this.past.await("The selection of " + callReference,
				() -> this.runtimeService.createProcessInstanceQuery()
					.processDefinitionKey(SelectionProcess.KEY)
					.processInstanceBusinessKey(callReference)
					.count() > 0);
	}

}
