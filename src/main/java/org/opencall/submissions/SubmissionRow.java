package org.opencall.submissions;

import java.util.List;
import java.util.UUID;

import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmittedVersion;

/**
 * A proposal as read for a view: its working copy, or its latest submitted version.
 */
record SubmissionRow(UUID id, String reference, String callReference, UUID organisationId, String applicant,
		ProposalContent content, List<SubmissionDocument> documents, SubmissionStatus status, int submittedVersion,
		List<String> ineligibilityReasons, String decidedBy, String decisionComment) {

	static SubmissionRow of(Submission s) {
		return new SubmissionRow(s.id(), s.reference(), s.callReference(), s.organisationId(), s.applicant(),
				s.content(), s.documents(), s.status(), s.submittedVersion(), s.ineligibilityReasons(), s.decidedBy(),
				s.decisionComment());
	}

	/** The proposal as this version was submitted, without the edits made since. */
	SubmissionRow asSubmitted(SubmittedVersion version) {
		return new SubmissionRow(this.id, this.reference, this.callReference, this.organisationId, this.applicant,
				version.content(), version.documents(), this.status, this.submittedVersion, this.ineligibilityReasons,
				this.decidedBy, this.decisionComment);
	}

}
