package org.opencall.contracting;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How far a signed grant's co-creation has come, as far as an amendment must respect it:
 * co-creation answers, so that contracting knows nothing of deliverables and payments.
 * Without an answer (no co-creation yet) nothing is released and nothing accepted.
 */
public interface GrantProgress {

	/** What was released to the company so far. */
	BigDecimal releasedAmount(String grantReference);

	/** The numbers of the milestones whose deliverable was accepted. */
	Set<Integer> acceptedMilestones(String grantReference);

}
