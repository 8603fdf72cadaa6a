package org.opencall.submissions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.OrganisationType;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.domain.ApplyingOrganisation;
import org.opencall.submissions.domain.CallRules;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionWindow;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a proposal, and the window of its call; proposals are loaded
 * and saved here. A proposal is its organisation's own until it is first submitted; from
 * then on the call's programme officers and auditors read it too.
 */
@Component
class SubmissionAccess {

	private final SubmissionRepository submissions;

	private final Directory directory;

	private final CallCatalogue calls;

	private final Clock clock;

	private final Map<String, CallView> publishedCalls = new ConcurrentHashMap<>();

	SubmissionAccess(SubmissionRepository submissions, Directory directory, CallCatalogue calls, Clock clock) {
		this.submissions = submissions;
		this.directory = directory;
		this.calls = calls;
		this.clock = clock;
	}

	Organisation applicantOrganisation(String userId) {
		if (!this.directory.groupsOf(userId).contains(Roles.APPLICANTS)) {
			throw new ActionForbiddenException("Only registered applicants submit proposals");
		}
		return this.directory.organisationOf(userId)
			.orElseThrow(() -> new ActionForbiddenException("You belong to no organisation"));
	}

	/**
	 * A proposal of the applicant's own organisation; any other does not exist for them.
	 */
	Submission own(String userId, String reference) {
		return owned(userId, reference).submission();
	}

	/**
	 * A proposal of the applicant's own organisation with that organisation, read once
	 * for the check and for the call's rules.
	 */
	Owned owned(String userId, String reference) {
		Organisation organisation = applicantOrganisation(userId);
		return this.submissions.findByReference(reference)
			.filter((s) -> s.organisationId().equals(organisation.id()))
			.map((s) -> new Owned(s, organisation))
			.orElseThrow(() -> new NotFoundException("No submission " + reference));
	}

	/** A proposal and the organisation it belongs to. */
	record Owned(Submission submission, Organisation organisation) {
	}

	Submission readable(String userId, String reference) {
		Submission submission = this.submissions.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("No submission " + reference));
		if (isOfItsOrganisation(userId, submission) || (submission.submittedVersion() > 0
				&& (isAuditor(userId) || isOfficerOfCall(userId, submission.callReference())))) {
			return submission;
		}
		throw new NotFoundException("No submission " + reference);
	}

	boolean isOfItsOrganisation(String userId, Submission submission) {
		return this.directory.organisationOf(userId)
			.map((o) -> o.id().equals(submission.organisationId()))
			.orElse(false);
	}

	/** The call's officers and auditors read its submitted proposals. */
	boolean readsSubmissionsOf(String userId, String callReference) {
		return isAuditor(userId) || isOfficerOfCall(userId, callReference);
	}

	boolean isAuditor(String userId) {
		Set<String> groups = this.directory.groupsOf(userId);
		return groups.contains(Roles.AUDITORS);
	}

	boolean isOfficerOfCall(String userId, String callReference) {
		try {
			CallView call = call(callReference);
			return this.calls.programmesOf(userId).stream().anyMatch((p) -> p.code().equals(call.programmeCode()));
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/**
	 * Saves a new proposal or the changes of a loaded one; one changed by someone else
	 * since it was read is refused as a state conflict.
	 */
	void save(Submission submission) {
		try {
			this.submissions.save(submission);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StateConflictException(
					"Submission " + submission.reference() + " was changed at the same time; reload it");
		}
	}

	Submission byId(UUID id) {
		return this.submissions.findById(id).orElseThrow(() -> new NotFoundException("No submission " + id));
	}

	Submission byReference(String reference) {
		return this.submissions.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("No submission " + reference));
	}

	SubmissionWindow window(String callReference) {
		CallView call;
		try {
			call = call(callReference);
		}
		catch (NotFoundException ex) {
			throw InvalidInputException.of("call", "no published call " + callReference);
		}
		return window(call);
	}

	SubmissionWindow window(CallView call) {
		Map<String, String> types = new LinkedHashMap<>();
		call.eligibleOrganisationTypes().forEach((type) -> types.put(type, typeLabel(type)));
		return new SubmissionWindow(call.reference(), call.isPublished(), call.opensAt(), call.deadline(),
				call.challengeTitles(), new CallRules(call.maxGrant(), call.currency(), call.trlMin(), call.trlMax(),
						call.eligibleCountries(), types));
	}

	/** The applicant's organisation as the call's rules read it. */
	ApplyingOrganisation applying(Organisation organisation) {
		return new ApplyingOrganisation(organisation.name(), organisation.country(), organisation.type().name(),
				organisation.type().label());
	}

	private static String typeLabel(String type) {
		try {
			return OrganisationType.valueOf(type).label();
		}
		catch (IllegalArgumentException ex) {
			return type;
		}
	}

	/**
	 * A call as submissions see it. Once published, a call's terms never change (only its
	 * status does, which submissions do not read), so they are kept after the first read.
	 */
	CallView call(String callReference) {
		CallView cached = this.publishedCalls.get(callReference);
		if (cached != null) {
			return cached;
		}
		CallView call = this.calls.call(callReference, null);
		if (call.isPublished()) {
			this.publishedCalls.put(callReference, call);
		}
		return call;
	}

	java.time.Instant now() {
		return this.clock.instant();
	}

	Organisation organisationOf(Submission submission) {
		return this.directory.organisation(submission.organisationId()).orElseThrow();
	}

}
