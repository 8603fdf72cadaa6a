package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_ComputeMeanConsensus}: without a consensus round, the consensus is the mean
 * of the scores rounded to half points.
 */
@Component("computeMeanConsensusDelegate")
class ComputeMeanConsensusDelegate implements JavaDelegate {

	private final EvaluationSteps steps;

	ComputeMeanConsensusDelegate(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.computeMeanConsensus(ProcessSubject.of(execution));
	}

}
