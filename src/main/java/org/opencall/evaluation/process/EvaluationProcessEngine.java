package org.opencall.evaluation.process;

import java.util.HashMap;
import java.util.Map;

import org.opencall.evaluation.domain.Evaluation;
import org.opencall.identity.Programme;
import org.opencall.platform.process.InstanceStart;

import org.springframework.stereotype.Component;

/**
 * The evaluation module's side of the engine: one {@code evaluation} instance per round
 * of an eligible proposal's evaluation (business key: its submission reference; a later
 * round starts only once the earlier one is complete, so the running instance is always
 * about the latest round), readable by the officers of its programme. The instance reads
 * its experts, due dates and decisions from the domain
 * ({@link EvaluationLifecycleExpressions}); its variables only label the tasks.
 */
@Component
public class EvaluationProcessEngine {

	private final InstanceStart instanceStart;

	EvaluationProcessEngine(InstanceStart instanceStart) {
		this.instanceStart = instanceStart;
	}

	public void start(Evaluation evaluation, String title) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(EvaluationProcess.VAR_SUBMISSION, evaluation.submissionReference());
		variables.put(EvaluationProcess.VAR_CALL, evaluation.callReference());
		variables.put(EvaluationProcess.VAR_TITLE, title);
		variables.put(EvaluationProcess.VAR_ROUND, evaluation.round());
		this.instanceStart.start(EvaluationProcess.KEY, evaluation.submissionReference(), variables,
				Programme.groupIdOf(evaluation.programmeCode()));
	}

}
