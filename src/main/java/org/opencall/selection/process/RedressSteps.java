package org.opencall.selection.process;

import java.util.Map;

/**
 * What {@code redress} asks of the selection module, each call by the proposal's
 * reference, the instance's business key.
 */
public interface RedressSteps {

	String officersGroup(String submissionReference);

	Map<String, Object> reviewContext(String submissionReference);

	/** Refuses an officer who took part in the funding decision. */
	void requireUninvolved(String submissionReference, String officer);

	void recordReview(String submissionReference, String officer, String decision, String reasons);

	boolean isUpheld(String submissionReference);

	void startReevaluation(String submissionReference);

	void conclude(String submissionReference);

}
