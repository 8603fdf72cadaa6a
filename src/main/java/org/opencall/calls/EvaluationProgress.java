package org.opencall.calls;

/**
 * Tells a call in evaluation how many of its eligible proposals are not evaluated yet,
 * consensus included; the evaluation module answers. The call's process hands the call
 * over to selection when none is left.
 */
public interface EvaluationProgress {

	int unfinishedEvaluations(String callReference);

}
