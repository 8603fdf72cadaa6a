package org.opencall.submissions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading proposals: an organisation's own, a call's submitted ones for its officers and
 * auditors, one with its receipts and documents.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries {

	private final SubmissionRepository submissions;

	private final SubmissionAccess access;

	private final Directory directory;

	SubmissionQueries(SubmissionRepository submissions, SubmissionAccess access, Directory directory) {
		this.submissions = submissions;
		this.access = access;
		this.directory = directory;
	}

	public List<SubmissionView> mine(String applicant) {
		return views(this.submissions.findByOrganisation(this.access.applicantOrganisation(applicant).id()), true);
	}

	/**
	 * A proposal: its working copy for its organisation, its latest submitted version for
	 * the call's officers and auditors.
	 */
	public SubmissionView submission(String userId, String reference) {
		Submission submission = this.access.readable(userId, reference);
		return views(List.of(submission), this.access.isOfItsOrganisation(userId, submission)).get(0);
	}

	/** The proposals submitted to a call; drafts never submitted stay their company's. */
	public List<SubmissionView> ofCall(String userId, String callReference, SubmissionStatus status) {
		if (!this.access.readsSubmissionsOf(userId, callReference)) {
			throw new ActionForbiddenException(
					"Only officers of the call's programme and auditors list its submissions");
		}
		return views(this.submissions.findByCall(callReference, status), false);
	}

	/** A document; for the call's officers and auditors, one that was submitted. */
	public byte[] document(String userId, String reference, UUID documentId) {
		Submission submission = this.access.readable(userId, reference);
		if (!this.access.isOfItsOrganisation(userId, submission)
				&& !this.submissions.wasSubmitted(submission.id(), documentId)) {
			throw new NotFoundException("No such document");
		}
		return this.submissions.documentContent(submission.id(), documentId)
			.orElseThrow(() -> new NotFoundException("No such document"));
	}

	/**
	 * Views of submissions: working copies or submitted versions; one query for their
	 * organisations, one for their receipts, one for their submitted versions.
	 */
	private List<SubmissionView> views(List<Submission> list, boolean workingCopies) {
		Map<UUID, SubmittedVersion> versions = workingCopies ? Map.of()
				: this.submissions.latestVersions(list.stream().map(Submission::id).toList());
		Map<UUID, Organisation> organisations = this.directory
			.organisations(list.stream().map(Submission::organisationId).collect(Collectors.toSet()));
		Map<UUID, List<Receipt>> receipts = this.submissions.receipts(list.stream().map(Submission::id).toList());
		return list.stream().map((submission) -> {
			Organisation organisation = organisations.get(submission.organisationId());
			SubmissionView view = SubmissionView.of(submission, (organisation != null) ? organisation.name() : "",
					(organisation != null) ? organisation.country() : "",
					receipts.getOrDefault(submission.id(), List.of()));
			SubmittedVersion version = versions.get(submission.id());
			return (version != null) ? view.asSubmitted(version) : view;
		}).toList();
	}

}
