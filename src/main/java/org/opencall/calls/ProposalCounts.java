package org.opencall.calls;

import java.util.Collection;
import java.util.Map;

/**
 * Tells the officers' pages how many proposals each call received and how many of them
 * still wait for their eligibility decision; the submissions module answers, so that
 * calls knows nothing of submissions.
 */
public interface ProposalCounts {

	/**
	 * The proposals of each of these calls, in one query; a call without any is left out.
	 */
	Map<String, Proposals> of(Collection<String> callReferences);

	/**
	 * @param submitted proposals submitted at least once and not withdrawn
	 * @param awaitingEligibility of those, the ones with no eligibility decision yet (due
	 * once the call has closed)
	 */
	record Proposals(int submitted, int awaitingEligibility, int eligible) {
	}

}
