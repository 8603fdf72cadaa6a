package org.opencall.submissions;

import org.opencall.submissions.domain.Submission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process acknowledges a proposal's first submission, apart from the request that
 * submitted it (asynchronously, retried by the engine): it tells that the submission was
 * received, with its first receipt, and the applicant is mailed that receipt.
 */
@Service
@Transactional
class SubmissionAcknowledgement {

	private final SubmittedVersions versions;

	private final SubmissionAccess access;

	private final ApplicationEventPublisher events;

	SubmissionAcknowledgement(SubmittedVersions versions, SubmissionAccess access, ApplicationEventPublisher events) {
		this.versions = versions;
		this.access = access;
		this.events = events;
	}

	void acknowledge(String reference) {
		Submission submission = this.access.byReference(reference);
		this.versions.receipts(submission.id())
			.stream()
			.filter((r) -> r.version() == 1)
			.findFirst()
			.ifPresent((receipt) -> {
				this.events.publishEvent(submission.received(receipt));
				this.events.publishEvent(new ProposalReceived(submission.reference(), submission.callReference()));
			});
	}

}
