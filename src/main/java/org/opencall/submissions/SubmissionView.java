package org.opencall.submissions;

import java.util.List;

import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmittedVersion;

/**
 * A proposal as its applicant reads it (the working copy) and the call's officers and
 * auditors read it (its latest submitted version), with its receipts.
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

	/** The proposal as its latest version was submitted, without the edits made since. */
	SubmissionView asSubmitted(SubmittedVersion version) {
		return new SubmissionView(this.reference, this.callReference, this.organisation, this.country, this.applicant,
				version.content(), version.documents(), this.status, this.submittedVersion, this.receipts,
				this.ineligibilityReasons, this.decidedBy, this.decisionComment);
	}

	public boolean isChangeable() {
		return this.status == SubmissionStatus.DRAFT || this.status == SubmissionStatus.SUBMITTED;
	}

}
