package org.opencall.evaluation;

import java.util.Optional;
import java.util.Set;

/**
 * Who takes a slot of a proposal's evaluation that its expert left (a declared conflict,
 * a decline, a missed declaration deadline): the next best eligible expert for that
 * proposal. Contract: the answer is an expert invited to the proposal's call who is not
 * in {@code excluded} (everyone who held a slot of the proposal, now or before), has no
 * known conflict of interest with it and has room in their load for the call; the best by
 * expertise affinity first. Empty when nobody is left; the slot then stays vacant and the
 * programme's officers are told. Called inside the engine's transaction: it must not
 * change anything itself.
 */
public interface ReplacementExperts {

	Optional<String> nextFor(String submissionReference, Set<String> excluded);

}
