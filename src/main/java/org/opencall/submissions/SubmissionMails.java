package org.opencall.submissions;

import org.opencall.identity.Directory;
import org.opencall.notifications.Outbox;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionFoundEligible;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionFoundNotEligible;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionReceived;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionResubmitted;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionWithdrawn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the applicant their receipts, a withdrawal and the eligibility decision, in the
 * transaction of the step that tells them.
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

	@EventListener
	void on(SubmissionReceived event) {
		receipt(event.reference(), event.callReference(), event.applicant(), event.title(), event.receipt());
	}

	@EventListener
	void on(SubmissionResubmitted event) {
		receipt(event.reference(), event.callReference(), event.applicant(), event.title(), event.receipt());
	}

	@EventListener
	void on(SubmissionWithdrawn event) {
		send(event.reference(), event.applicant(), "withdrawn", "Proposal " + event.reference() + " withdrawn",
				"Your proposal " + event.reference() + " to call " + event.callReference()
						+ " is withdrawn and will not be evaluated.");
	}

	@EventListener
	void on(SubmissionFoundEligible event) {
		send(event.reference(), event.applicant(), "eligibility", "Proposal " + event.reference() + " is eligible",
				"Your proposal " + event.reference() + " \"" + event.title()
						+ "\" is eligible and admissible; it goes on to the evaluation.");
	}

	@EventListener
	void on(SubmissionFoundNotEligible event) {
		StringBuilder why = new StringBuilder();
		event.reasons().forEach((reason) -> why.append("- ").append(reason).append('\n'));
		if (event.comment() != null) {
			why.append("- ").append(event.comment()).append('\n');
		}
		send(event.reference(), event.applicant(), "eligibility", "Proposal " + event.reference() + " is not eligible",
				"Your proposal " + event.reference() + " \"" + event.title() + "\" cannot be evaluated:\n\n" + why);
	}

	private void receipt(String reference, String callReference, String applicant, String title, Receipt receipt) {
		send(reference, applicant, "receipt-" + receipt.version(), "Receipt " + receipt.receiptNumber(),
				"We received version " + receipt.version() + " of your proposal " + reference + " \"" + title
						+ "\" to call " + callReference + ".\n\n" + "Receipt number: " + receipt.receiptNumber()
						+ "\nServer time: " + receipt.submittedAt() + "\nSHA-256 of the content: "
						+ receipt.contentHash() + "\n\nYou may resubmit or withdraw it until the deadline.");
	}

	private void send(String reference, String applicant, String step, String subject, String body) {
		this.directory.person(applicant)
			.ifPresent((person) -> this.outbox.mailTo(person,
					"submission:" + reference + ":" + step + ":" + person.userId(), subject,
					body + "\n\n" + this.baseUrl + "/submissions/" + reference));
	}

}
