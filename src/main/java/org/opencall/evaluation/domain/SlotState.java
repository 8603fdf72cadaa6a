package org.opencall.evaluation.domain;

/**
 * Where one expert's place in the evaluation of a proposal stands. A slot whose expert
 * declared a conflict, declined or missed the declaration deadline is handed to the next
 * expert.
 */
public enum SlotState {

	/** The expert has yet to declare whether they have a conflict of interest. */
	ASSIGNED,
	/** The expert declared no conflict of interest and may read and score. */
	NO_CONFLICT_DECLARED,
	/** The expert submitted their scorecard. */
	SCORED,
	/** The expert declared a conflict of interest; the slot waits for the next expert. */
	CONFLICT_DECLARED,
	/** The expert declined; the slot waits for the next expert. */
	DECLINED,
	/** The expert did not declare by the deadline; the slot waits for the next expert. */
	DEADLINE_MISSED,
	/** No further expert was available; the evaluation goes on with fewer experts. */
	VACANT;

	/** Whether the expert left the slot and it waits for the next one. */
	public boolean isLeft() {
		return this == CONFLICT_DECLARED || this == DECLINED || this == DEADLINE_MISSED;
	}

	/** Whether the slot needs nothing more from anybody. */
	public boolean isDone() {
		return this == SCORED || this == VACANT;
	}

}
