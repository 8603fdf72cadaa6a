package org.opencall.cocreation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Person;
import org.opencall.identity.Programme;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see and act on a pilot: the company's staff (applicants of the company), the
 * host's need owners (need owners of the host organisation), the officers of the grant's
 * programme (programme or project officers in its group) and auditors, who only read.
 * Anybody else does not know it exists; an officer of another programme is refused.
 */
@Component
class PilotAccess {

	private final PilotRepository pilots;

	private final Directory directory;

	PilotAccess(PilotRepository pilots, Directory directory) {
		this.pilots = pilots;
		this.directory = directory;
	}

	/** The pilot of the grant, for the process, which acts for nobody. */
	Pilot byReference(String grantReference) {
		return this.pilots.findByGrantReference(grantReference)
			.orElseThrow(() -> new NotFoundException("Grant " + grantReference + " has no pilot"));
	}

	/** The pilot, to read: anybody who takes part in it, and auditors. */
	Pilot toRead(String user, String grantReference) {
		Pilot pilot = this.pilots.findByGrantReference(grantReference).orElse(null);
		if (pilot != null
				&& (isAuditor(user) || isOfficerOf(pilot, user) || isCompany(pilot, user) || isHost(pilot, user))) {
			return pilot;
		}
		if (pilot != null && isOfficer(user)) {
			throw new ActionForbiddenException(
					"Grant " + grantReference + " belongs to a programme you do not work on");
		}
		throw new NotFoundException("No grant " + grantReference);
	}

	/** The pilot, for an officer of its programme to act on. */
	Pilot forOfficer(String user, String grantReference) {
		Pilot pilot = toRead(user, grantReference);
		if (!isOfficerOf(pilot, user)) {
			throw new ActionForbiddenException("Only an officer of the grant's programme does this");
		}
		return pilot;
	}

	/** The pilot, for the company's staff to act on. */
	Pilot forCompany(String user, String grantReference) {
		Pilot pilot = toRead(user, grantReference);
		if (!isCompany(pilot, user)) {
			throw new ActionForbiddenException("Only the company's staff deliver its milestones");
		}
		return pilot;
	}

	/** The pilot, for one of the host's need owners to act on. */
	Pilot forHost(String user, String grantReference) {
		Pilot pilot = toRead(user, grantReference);
		if (!isHost(pilot, user)) {
			throw new ActionForbiddenException("Only a need owner of the host organisation co-reviews");
		}
		return pilot;
	}

	/** The pilots the user may read, most recent grants last. */
	List<Pilot> visibleTo(String user) {
		if (isAuditor(user)) {
			return this.pilots.findAllByOrderByGrantReference();
		}
		if (isOfficer(user)) {
			return this.pilots.findByProgrammeCodeInOrderByGrantReference(programmesOf(user));
		}
		Optional<UUID> organisation = this.directory.organisationOf(user).map(Organisation::id);
		if (organisation.isEmpty()) {
			return List.of();
		}
		Set<String> groups = this.directory.groupsOf(user);
		if (groups.contains(Roles.APPLICANTS)) {
			return this.pilots.findByCompanyIdOrderByGrantReference(organisation.get());
		}
		if (groups.contains(Roles.NEED_OWNERS)) {
			return this.pilots.findByHostOrganisationIdOrderByGrantReference(organisation.get());
		}
		return List.of();
	}

	boolean isAuditor(String user) {
		return this.directory.groupsOf(user).contains(Roles.AUDITORS);
	}

	boolean isOfficer(String user) {
		Set<String> groups = this.directory.groupsOf(user);
		return groups.contains(Roles.PROGRAMME_OFFICERS) || groups.contains(Roles.PROJECT_OFFICERS);
	}

	boolean isOfficerOf(Pilot pilot, String user) {
		return isOfficer(user) && this.directory.groupsOf(user).contains(Programme.groupIdOf(pilot.programmeCode()));
	}

	boolean isCompany(Pilot pilot, String user) {
		return this.directory.groupsOf(user).contains(Roles.APPLICANTS)
				&& this.directory.organisationOf(user).map((o) -> o.id().equals(pilot.companyId())).orElse(false);
	}

	boolean isHost(Pilot pilot, String user) {
		return this.directory.groupsOf(user).contains(Roles.NEED_OWNERS) && this.directory.organisationOf(user)
			.map((o) -> o.id().equals(pilot.hostOrganisationId()))
			.orElse(false);
	}

	/** The programmes whose grants the user follows as an officer. */
	List<String> programmesOf(String user) {
		Set<String> groups = this.directory.groupsOf(user);
		return this.directory.programmes()
			.stream()
			.filter((p) -> groups.contains(p.groupId()))
			.map(Programme::code)
			.toList();
	}

	/** The need owners of the host organisation, by user id. */
	List<String> hostNeedOwners(Pilot pilot) {
		return this.directory.staffOf(pilot.hostOrganisationId())
			.stream()
			.map(Person::userId)
			.filter((user) -> this.directory.groupsOf(user).contains(Roles.NEED_OWNERS))
			.sorted()
			.toList();
	}

	/** The company's staff who act for it. */
	List<Person> companyStaff(Pilot pilot) {
		return this.directory.staffOf(pilot.companyId())
			.stream()
			.filter((p) -> this.directory.groupsOf(p.userId()).contains(Roles.APPLICANTS))
			.toList();
	}

	/** The officers of the grant's programme who follow grants. */
	List<Person> officers(Pilot pilot) {
		return this.directory.membersOf(Programme.groupIdOf(pilot.programmeCode()))
			.stream()
			.filter((p) -> isOfficer(p.userId()))
			.toList();
	}

	List<Person> people(java.util.Collection<String> users) {
		return users.stream().map(this.directory::person).flatMap(Optional::stream).toList();
	}

}
