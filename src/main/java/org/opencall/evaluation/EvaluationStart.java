package org.opencall.evaluation;

import java.util.List;

/**
 * Starts one eligible proposal's evaluation with the experts of its slots, in slot order;
 * the confirmed assignment calls it for every proposal of the call.
 */
interface EvaluationStart {

	void start(String submissionReference, String callReference, List<String> experts);

}
