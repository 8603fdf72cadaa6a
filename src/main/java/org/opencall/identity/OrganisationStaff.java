package org.opencall.identity;

import java.util.List;

/**
 * An organisation as its members see it: who works there and whom they invited.
 */
record OrganisationStaff(Organisation organisation, List<Person> members, List<Invitation> pendingInvitations) {

	static OrganisationStaff of(String memberId, Directory directory, Invitations invitations) {
		Organisation organisation = directory.organisationOf(memberId)
			.orElseThrow(() -> new org.opencall.platform.NotFoundException("You belong to no organisation."));
		return new OrganisationStaff(organisation, directory.staffOf(organisation.id()),
				invitations.pending(organisation.id()));
	}

}
