package org.opencall.evaluation;

import org.opencall.identity.Directory;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with the pool: programme officers of any programme run it (the pool is
 * shared), auditors read it, and every expert reads and changes only their own profile.
 */
@Component
class ExpertRoles {

	private final Directory directory;

	ExpertRoles(Directory directory) {
		this.directory = directory;
	}

	boolean isOfficer(String userId) {
		return userId != null && this.directory.groupsOf(userId).contains(Roles.PROGRAMME_OFFICERS);
	}

	boolean readsPool(String userId) {
		return userId != null && (isOfficer(userId) || this.directory.groupsOf(userId).contains(Roles.AUDITORS));
	}

	void requireOfficer(String userId) {
		if (!isOfficer(userId)) {
			throw new ActionForbiddenException("Only programme officers run the expert pool; auditors read it");
		}
	}

	void requireReader(String userId) {
		if (!readsPool(userId)) {
			throw new ActionForbiddenException("Only programme officers and auditors read the expert pool");
		}
	}

}
