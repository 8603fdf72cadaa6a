package org.opencall.submissions;

import java.util.List;
import java.util.UUID;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading proposals: an organisation's own, a call's for its officers, one with its
 * receipts and documents.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries {

	private final SubmissionRepository submissions;

	private final SubmissionAccess access;

	SubmissionQueries(SubmissionRepository submissions, SubmissionAccess access) {
		this.submissions = submissions;
		this.access = access;
	}

	public List<SubmissionView> mine(String applicant) {
		return this.submissions.findByOrganisation(this.access.applicantOrganisation(applicant).id())
			.stream()
			.map(this::view)
			.toList();
	}

	public SubmissionView submission(String userId, String reference) {
		return view(this.access.readable(userId, reference));
	}

	public List<SubmissionView> ofCall(String officer, String callReference, SubmissionStatus status) {
		if (!this.access.isOfficerOfCall(officer, callReference)) {
			throw new ActionForbiddenException("Only officers of the call's programme list its submissions");
		}
		return this.submissions.findByCall(callReference, status).stream().map(this::view).toList();
	}

	public byte[] document(String userId, String reference, UUID documentId) {
		Submission submission = this.access.readable(userId, reference);
		return this.submissions.documentContent(submission.id(), documentId)
			.orElseThrow(() -> new NotFoundException("No such document"));
	}

	private SubmissionView view(Submission submission) {
		return SubmissionView.of(submission, this.access.organisationName(submission), this.access.country(submission),
				this.submissions.receipts(submission.id()));
	}

}
