package org.opencall.evaluation;

import org.opencall.evaluation.domain.EvaluationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the evaluation of a call's proposals has come, for the call's process: the
 * first rounds not complete yet (a re-evaluation after the call's evaluation is not
 * counted). Each completion is published as {@link EvaluationCompleted}.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationProgress {

	private final EvaluationRepository evaluations;

	EvaluationProgress(EvaluationRepository evaluations) {
		this.evaluations = evaluations;
	}

	public int unfinishedEvaluations(String callReference) {
		return this.evaluations.countUnfinished(callReference);
	}

}
