package org.opencall.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A re-evaluation started: the proposal's new round and its experts, best affinity first
 * (the first drafts the consensus unless an officer chooses another).
 *
 * @param round 2 for the first re-evaluation, and on
 * @param experts the new experts, one per slot
 * @param beyondTheirLoad those of them who now hold more of the call's proposals than
 * their maximum, asked because the experts with room were too few
 * @param requestedBy the officer who asked for it
 */
public record Reevaluation(String submissionReference, String callReference, int round, List<String> experts,
		List<String> beyondTheirLoad, String requestedBy, Instant startedAt) {

	public Reevaluation {
		experts = List.copyOf(experts);
		beyondTheirLoad = List.copyOf(beyondTheirLoad);
	}

}
