package org.opencall.evaluation;

import java.util.List;

/**
 * The experts of one call as its officers see them: the invitations with their status,
 * and the approved experts of the pool not invited yet.
 */
public record CallExperts(String callReference, String callTitle, String programmeCode,
		List<CallInvitationView> invitations, List<ExpertView> invitable, int defaultResponseDays) {

	public CallExperts {
		invitations = List.copyOf(invitations);
		invitable = List.copyOf(invitable);
	}

}
