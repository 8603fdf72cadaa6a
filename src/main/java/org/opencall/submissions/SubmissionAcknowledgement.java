package org.opencall.submissions;

import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the receipt of a proposal's first submission, from the process, apart from the
 * request that submitted it.
 */
@Service
@Transactional
public class SubmissionAcknowledgement {

	private final SubmissionRepository submissions;

	private final SubmissionAccess access;

	private final SubmissionMails mails;

	SubmissionAcknowledgement(SubmissionRepository submissions, SubmissionAccess access, SubmissionMails mails) {
		this.submissions = submissions;
		this.access = access;
		this.mails = mails;
	}

	public void acknowledge(String reference) {
		Submission submission = this.access.byReference(reference);
		this.submissions.receipts(submission.id())
			.stream()
			.filter((r) -> r.version() == 1)
			.findFirst()
			.ifPresent((receipt) -> this.mails.receipt(submission, receipt));
	}

}
