package org.opencall.submissions;

import org.opencall.identity.Directory;
import org.opencall.notifications.Outbox;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails the applicant their receipts, a withdrawal and the eligibility decision.
 */
@Component
class SubmissionMails {

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	SubmissionMails(Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	void receipt(Submission submission, Receipt receipt) {
		send(submission, "receipt-" + receipt.version(), "Receipt " + receipt.receiptNumber(),
				"We received version " + receipt.version() + " of your proposal " + submission.reference() + " \""
						+ submission.content().title() + "\" to call " + submission.callReference() + ".\n\n"
						+ "Receipt number: " + receipt.receiptNumber() + "\nServer time: " + receipt.submittedAt()
						+ "\nSHA-256 of the content: " + receipt.contentHash()
						+ "\n\nYou may resubmit or withdraw it until the deadline.");
	}

	void withdrawn(Submission submission) {
		send(submission, "withdrawn", "Proposal " + submission.reference() + " withdrawn",
				"Your proposal " + submission.reference() + " to call " + submission.callReference()
						+ " is withdrawn and will not be evaluated.");
	}

	void eligibility(Submission submission) {
		if (submission.status() == SubmissionStatus.ELIGIBLE) {
			send(submission, "eligibility", "Proposal " + submission.reference() + " is eligible",
					"Your proposal " + submission.reference() + " \"" + submission.content().title()
							+ "\" is eligible and admissible; it goes on to the evaluation.");
		}
		else {
			StringBuilder why = new StringBuilder();
			submission.ineligibilityReasons().forEach((reason) -> why.append("- ").append(reason).append('\n'));
			if (submission.decisionComment() != null) {
				why.append("- ").append(submission.decisionComment()).append('\n');
			}
			send(submission, "eligibility", "Proposal " + submission.reference() + " is not eligible",
					"Your proposal " + submission.reference() + " \"" + submission.content().title()
							+ "\" cannot be evaluated:\n\n" + why);
		}
	}

	private void send(Submission submission, String step, String subject, String body) {
		this.directory.person(submission.applicant())
			.ifPresent((applicant) -> this.outbox.mailTo(applicant,
					"submission:" + submission.reference() + ":" + step + ":" + applicant.userId(), subject,
					body + "\n\n" + this.baseUrl + "/submissions/" + submission.reference()));
	}

}
