package org.opencall.selection;

import org.opencall.identity.Directory;
import org.opencall.notifications.Outbox;
import org.opencall.selection.domain.RedressRequest;
import org.opencall.selection.domain.Selection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of a redress request: to the applicant and to the officers who may review it.
 */
@Component
class RedressMails {

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	RedressMails(Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	/** The applicant has an acknowledgement; the officers who took no part, a task. */
	void filed(RedressRequest request, Selection selection) {
		String reference = request.submissionReference();
		toApplicant(request, "filed", "Redress request for " + reference + " received",
				"We received your request for redress against the result of your proposal " + reference
						+ ". A programme officer who took no part in the funding decision reviews it; you will be"
						+ " told the outcome by mail.");
		this.directory.programmeOfficersOf(selection.programmeCode())
			.stream()
			.filter((officer) -> !selection.tookPart(officer.userId()))
			.forEach((officer) -> this.outbox.mailTo(officer, "redress:" + reference + ":filed:" + officer.userId(),
					"Redress request for " + reference,
					"The applicant of " + reference + " asks for redress against its result. As you took no part in"
							+ " the funding decision of call " + request.callReference()
							+ ", you may review it in Tasklist:\n\n" + this.baseUrl + "/camunda/app/tasklist/"));
	}

	void rejected(RedressRequest request) {
		toApplicant(request, "rejected", "Redress request for " + request.submissionReference() + " rejected",
				"Your request for redress against the result of " + request.submissionReference()
						+ " was reviewed and rejected; the result stands.\n\nReasons:\n" + request.reasons());
	}

	void upheld(RedressRequest request) {
		toApplicant(request, "upheld", "Redress request for " + request.submissionReference() + " upheld",
				"Your request for redress against the result of " + request.submissionReference()
						+ " was upheld. New experts, none of whom evaluated your proposal before, evaluate it again;"
						+ " you will receive the result with a new evaluation summary report.\n\nReasons:\n"
						+ request.reasons());
	}

	private void toApplicant(RedressRequest request, String step, String subject, String body) {
		this.directory.person(request.applicant())
			.ifPresent((applicant) -> this.outbox.mailTo(applicant,
					"redress:" + request.submissionReference() + ":" + step, subject,
					body + "\n\n" + this.baseUrl + "/submissions/" + request.submissionReference() + "/result"));
	}

}
