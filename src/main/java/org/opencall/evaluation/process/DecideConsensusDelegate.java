package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideConsensus}: applies the consensus table to the call's consensus mode
 * and the spread of the experts' scores, and records its decision, which the gateway
 * after it reads from the domain.
 */
@Component("decideConsensusDelegate")
class DecideConsensusDelegate implements JavaDelegate {

	private final EvaluationSteps steps;

	private final ConsensusTable table;

	DecideConsensusDelegate(EvaluationSteps steps, ConsensusTable table) {
		this.steps = steps;
		this.table = table;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String submission = ProcessSubject.of(execution);
		this.steps.decideConsensus(submission, this.table.consensusNeeded(this.steps.consensusInputs(submission)));
	}

}
