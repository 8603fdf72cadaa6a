package org.opencall.needs;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Roles;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may read and act on a need: its owner's organisation, programme officers and (to
 * read) auditors. A need someone may not read does not exist for them.
 */
@Component
class NeedAccess {

	private final NeedRepository needs;

	private final Directory directory;

	NeedAccess(NeedRepository needs, Directory directory) {
		this.needs = needs;
		this.directory = directory;
	}

	Need readable(String userId, String reference) {
		Need need = this.needs.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("No need " + reference));
		Set<String> groups = this.directory.groupsOf(userId);
		if (groups.contains(Roles.PROGRAMME_OFFICERS) || groups.contains(Roles.AUDITORS)
				|| isOfOwnersOrganisation(userId, need)) {
			return need;
		}
		throw new NotFoundException("No need " + reference);
	}

	/** A need its owner's organisation may change. */
	Need ownNeed(String userId, String reference) {
		Need need = this.needs.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("No need " + reference));
		if (!isOfOwnersOrganisation(userId, need)) {
			throw new NotFoundException("No need " + reference);
		}
		return need;
	}

	Need byId(UUID id) {
		return this.needs.findById(id).orElseThrow(() -> new NotFoundException("No need " + id));
	}

	Need byReference(String reference) {
		return this.needs.findByReference(reference).orElseThrow(() -> new NotFoundException("No need " + reference));
	}

	Organisation organisationOfNeedOwner(String userId) {
		if (!this.directory.groupsOf(userId).contains(Roles.NEED_OWNERS)) {
			throw new ActionForbiddenException("Only staff of care organisations (need owners) state needs");
		}
		return this.directory.organisationOf(userId)
			.orElseThrow(() -> new ActionForbiddenException("You belong to no organisation; ask an administrator"));
	}

	/** Programme officers act on needs and challenges; auditors only read them. */
	void requireOfficer(String userId) {
		if (userId == null || !this.directory.groupsOf(userId).contains(Roles.PROGRAMME_OFFICERS)) {
			throw new ActionForbiddenException("Only programme officers triage needs and build challenges");
		}
	}

	void requireOfficerOrAuditor(String userId) {
		Set<String> groups = (userId != null) ? this.directory.groupsOf(userId) : Set.of();
		if (!groups.contains(Roles.PROGRAMME_OFFICERS) && !groups.contains(Roles.AUDITORS)) {
			throw new ActionForbiddenException("Only programme officers and auditors read needs and challenges");
		}
	}

	boolean isOfOwnersOrganisation(String userId, Need need) {
		return userId != null && this.directory.organisationOf(userId)
			.map((organisation) -> organisation.id().equals(need.organisationId()))
			.orElse(false);
	}

	String organisationName(Need need) {
		return this.directory.organisation(need.organisationId()).map(Organisation::name).orElse("");
	}

	/** The programmes the officer works on; none for anybody else. */
	List<String> programmesOf(String officer) {
		return this.directory.programmesOf(officer).stream().map((p) -> p.code()).toList();
	}

	/** The programmes whose challenges the user reads: every one for an auditor. */
	List<String> readableProgrammes(String userId) {
		if (this.directory.groupsOf(userId).contains(Roles.AUDITORS)) {
			return this.directory.programmes().stream().map((p) -> p.code()).toList();
		}
		return programmesOf(userId);
	}

}
