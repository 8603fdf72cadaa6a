package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What an amendment must respect beyond the agreement's own rules: the request and the
 * call's maximum grant, the call's budget and what the call's other grants hold of it,
 * and the grant's progress (what was released, which milestones were accepted).
 */
public record AmendmentLimits(BigDecimal requested, BigDecimal maxGrant, BigDecimal budget,
		BigDecimal committedByOthers, BigDecimal released, Set<Integer> acceptedMilestones) {

	public AmendmentLimits {
		acceptedMilestones = Set.copyOf(acceptedMilestones);
	}

}
