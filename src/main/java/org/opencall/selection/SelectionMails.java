package org.opencall.selection;

import org.opencall.identity.Directory;
import org.opencall.notifications.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The mails of a call's selection to its programme's officers. */
@Component
class SelectionMails {

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	SelectionMails(Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	/** Every other officer of the programme: one of them approves or sends it back. */
	void proposed(String callReference, String programmeCode, String proposer, long at) {
		this.directory.programmeOfficersOf(programmeCode)
			.stream()
			.filter((officer) -> !officer.userId().equals(proposer))
			.forEach((officer) -> this.outbox.mailTo(officer,
					"selection:" + callReference + ":proposed:" + at + ":" + officer.userId(),
					"Funding decision of call " + callReference + " to approve",
					proposer + " proposed the funding decision of call " + callReference
							+ ". A second officer of the programme approves it or sends it back to the panel:" + "\n\n"
							+ this.baseUrl + "/officer/calls/" + callReference + "/selection"));
	}

	/** The officer who proposed it: the panel prepares it again. */
	void sentBack(String callReference, String proposer, String reviewer, String comment, long at) {
		this.directory.person(proposer)
			.ifPresent((officer) -> this.outbox.mailTo(officer, "selection:" + callReference + ":sent-back:" + at,
					"Funding decision of call " + callReference + " sent back",
					reviewer + " sent the funding decision of call " + callReference + " back to the panel:\n\n"
							+ comment + "\n\n" + this.baseUrl + "/officer/calls/" + callReference + "/selection"));
	}

}
