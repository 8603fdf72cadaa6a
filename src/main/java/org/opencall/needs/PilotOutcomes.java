package org.opencall.needs;

import java.util.List;

/**
 * The pilots that answer a need and how they ended, for the need's trace (need →
 * challenge → call → proposal → grant → outcome); co-creation answers, so that
 * {@code needs} knows nothing of grants.
 */
public interface PilotOutcomes {

	List<PilotOutcome> ofNeed(String needReference);

}
