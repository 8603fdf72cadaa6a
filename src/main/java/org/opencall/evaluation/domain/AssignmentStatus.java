package org.opencall.evaluation.domain;

/** Where a call's assignment of experts stands. */
public enum AssignmentStatus {

	/** Computed and open to the officers' swaps; nothing is evaluated yet. */
	PROPOSED,
	/** Confirmed by an officer: the evaluations have started with these experts. */
	CONFIRMED

}
