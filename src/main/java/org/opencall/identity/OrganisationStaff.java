package org.opencall.identity;

import java.util.List;

import org.opencall.platform.NotFoundException;

/**
 * An organisation as its members see it: who works there and whom they invited.
 */
record OrganisationStaff(Organisation organisation, List<Person> members, List<Invitation> pendingInvitations) {

	static OrganisationStaff of(String memberId, Directory directory, Invitations invitations) {
		Organisation organisation = directory.organisationOf(memberId)
			.orElseThrow(() -> new NotFoundException("You belong to no organisation."));
		return new OrganisationStaff(organisation, directory.staffOf(organisation.id()),
				invitations.pending(organisation.id()));
	}

}
