package org.opencall.submissions;

import java.util.List;

import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionStatus;

/**
 * A proposal as its applicant and the call's officers read it, with its receipts.
 */
public record SubmissionView(String reference, String callReference, String organisation, String country,
		String applicant, ProposalContent content, List<SubmissionDocument> documents, SubmissionStatus status,
		int submittedVersion, List<Receipt> receipts, List<String> ineligibilityReasons, String decidedBy,
		String decisionComment) {

	static SubmissionView of(Submission s, String organisation, String country, List<Receipt> receipts) {
		return new SubmissionView(s.reference(), s.callReference(), organisation, country, s.applicant(), s.content(),
				s.documents(), s.status(), s.submittedVersion(), receipts, s.ineligibilityReasons(), s.decidedBy(),
				s.decisionComment());
	}

	public boolean isChangeable() {
		return this.status == SubmissionStatus.DRAFT || this.status == SubmissionStatus.SUBMITTED;
	}

}
