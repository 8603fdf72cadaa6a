package org.opencall.contracting;

import java.util.List;
import java.util.Set;

import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds a grant for the person who asks: the company's staff and the officers of its
 * programme act on it, auditors read every grant, nobody else knows it exists.
 */
@Component
class GrantAccess {

	private final GrantRepository grants;

	private final Directory directory;

	GrantAccess(GrantRepository grants, Directory directory) {
		this.grants = grants;
		this.directory = directory;
	}

	/** The grant, for its company's staff, its programme's officers and auditors. */
	Grant toRead(String user, String reference) {
		Grant grant = byReference(reference);
		if (!isAuditor(user) && !worksOn(user, grant.programmeCode()) && !isStaffOf(user, grant)) {
			throw notFound(reference);
		}
		return grant;
	}

	/** The grant, for an officer of its programme to act on. */
	Grant asOfficer(String user, String reference) {
		Grant grant = toRead(user, reference);
		requireOfficerOf(grant.programmeCode(), user,
				"Only a project or programme officer of the grant's programme works on grant " + reference);
		return grant;
	}

	/** The grant, for its company's staff to act on. */
	Grant asCompany(String user, String reference) {
		Grant grant = toRead(user, reference);
		if (!isStaffOf(user, grant)) {
			throw new ActionForbiddenException(
					"Only the staff of " + grant.companyName() + " answer for grant " + reference);
		}
		return grant;
	}

	/** The grant, for the process, which acts for nobody. */
	Grant byReference(String reference) {
		return this.grants.findByReference(reference).orElseThrow(() -> notFound(reference));
	}

	/**
	 * The grants the user reads: their company's, their programmes', or all for auditors.
	 */
	List<Grant> visibleTo(String user) {
		if (isAuditor(user)) {
			return this.grants.findAllOrdered();
		}
		Set<String> groups = this.directory.groupsOf(user);
		List<String> programmes = this.directory.programmes()
			.stream()
			.filter((p) -> groups.contains(p.groupId()))
			.map(Programme::code)
			.toList();
		if (!programmes.isEmpty() && isOfficer(user)) {
			return this.grants.findByProgrammes(programmes);
		}
		return this.directory.organisationOf(user)
			.map((organisation) -> this.grants.findByCompanyIdOrderByReference(organisation.id()))
			.orElse(List.of());
	}

	/**
	 * Whether the user is a project or programme officer appointed to the programme (a
	 * member of its group).
	 */
	boolean worksOn(String user, String programmeCode) {
		return user != null && isOfficer(user)
				&& this.directory.groupsOf(user).contains(Programme.groupIdOf(programmeCode));
	}

	void requireOfficerOf(String programmeCode, String user, String refusal) {
		if (!worksOn(user, programmeCode)) {
			throw new ActionForbiddenException(refusal);
		}
	}

	boolean isStaffOf(String user, Grant grant) {
		return user != null && this.directory.organisationOf(user)
			.map((organisation) -> organisation.id().equals(grant.companyId()))
			.orElse(false);
	}

	boolean isAuditor(String user) {
		return user != null && this.directory.groupsOf(user).contains(Roles.AUDITORS);
	}

	private boolean isOfficer(String user) {
		Set<String> groups = this.directory.groupsOf(user);
		return groups.contains(Roles.PROJECT_OFFICERS) || groups.contains(Roles.PROGRAMME_OFFICERS);
	}

	private static NotFoundException notFound(String reference) {
		return new NotFoundException("No grant " + reference);
	}

}
