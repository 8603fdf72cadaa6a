package org.opencall.needs;

import org.opencall.identity.Directory;
import org.opencall.identity.Person;
import org.opencall.identity.Roles;
import org.opencall.needs.domain.Clarification;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedEvents.NeedClarificationRequested;
import org.opencall.needs.domain.NeedEvents.NeedClarified;
import org.opencall.needs.domain.NeedEvents.NeedMerged;
import org.opencall.needs.domain.NeedEvents.NeedRejected;
import org.opencall.needs.domain.NeedEvents.NeedSubmitted;
import org.opencall.needs.domain.NeedEvents.NeedValidated;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.notifications.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the need owner of every change to their need, and the officers of what waits for
 * them, in the transaction of the change.
 */
@Component
class NeedMails {

	private final NeedRepository needs;

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	NeedMails(NeedRepository needs, Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.needs = needs;
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(NeedSubmitted event) {
		Need need = need(event.reference());
		toOwner(need, "submitted", "Need " + need.reference() + " received", "We received your need \""
				+ need.details().title() + "\" as " + need.reference() + ". A programme officer will triage it.");
		this.directory.membersOf(Roles.PROGRAMME_OFFICERS)
			.forEach((officer) -> send(need, officer, "to-triage", "Need " + need.reference() + " to triage",
					"A new need waits for triage: \"" + need.details().title() + "\".\n\n" + this.baseUrl
							+ "/officer/needs/" + need.reference()));
	}

	@EventListener
	void on(NeedClarificationRequested event) {
		Need need = need(event.reference());
		Clarification question = need.openQuestion();
		toOwner(need, "question-" + event.round(), "A question about need " + need.reference(),
				question.askedBy() + " asks:\n\n" + question.question() + "\n\nAnswer it here: " + ownerLink(need));
	}

	@EventListener
	void on(NeedClarified event) {
		Need need = need(event.reference());
		Clarification answered = need.clarifications().get(event.round() - 1);
		this.directory.person(answered.askedBy())
			.ifPresent((officer) -> send(need, officer, "answered-" + event.round(),
					"Need " + need.reference() + " was clarified", "Your question was answered:\n\n" + answered.answer()
							+ "\n\nTriage it again: " + this.baseUrl + "/officer/needs/" + need.reference()));
	}

	@EventListener
	void on(NeedValidated event) {
		Need need = need(event.reference());
		toOwner(need, "validated", "Need " + need.reference() + " validated",
				"Your need \"" + need.details().title() + "\" was validated and joins the backlog from which"
						+ " programmes build the challenges of their calls.\n\n" + ownerLink(need));
	}

	@EventListener
	void on(NeedRejected event) {
		Need need = need(event.reference());
		toOwner(need, "rejected", "Need " + need.reference() + " not taken up", "Your need \"" + need.details().title()
				+ "\" was not taken up:\n\n" + need.rejectionReason() + "\n\n" + ownerLink(need));
	}

	@EventListener
	void on(NeedMerged event) {
		Need need = need(event.reference());
		Need original = need(event.mergedInto());
		toOwner(need, "merged", "Need " + need.reference() + " merged into " + original.reference(),
				"Your need \"" + need.details().title() + "\" describes the same problem as need "
						+ original.reference() + " \"" + original.details().title()
						+ "\"; it was merged into that one, which carries on in its place.\n\n" + ownerLink(need));
	}

	void remindOwner(Need need) {
		Clarification question = need.openQuestion();
		if (question != null) {
			toOwner(need, "reminder-" + question.round(), "Reminder: a question about need " + need.reference(),
					"A question about your need is still open:\n\n" + question.question() + "\n\nAnswer it here: "
							+ ownerLink(need));
		}
	}

	void escalateToOfficer(Need need) {
		Clarification question = need.openQuestion();
		if (question != null) {
			this.directory.person(question.askedBy())
				.ifPresent((officer) -> send(need, officer, "escalated-" + question.round(),
						"Need " + need.reference() + ": question unanswered",
						"Your question about need " + need.reference() + " has not been answered by "
								+ need.submittedBy() + ":\n\n" + question.question()
								+ "\n\nFollow it up or triage the need as it is: " + this.baseUrl + "/officer/needs/"
								+ need.reference()));
		}
	}

	private Need need(String reference) {
		return this.needs.findByReference(reference).orElseThrow();
	}

	private void toOwner(Need need, String step, String subject, String body) {
		this.directory.person(need.submittedBy()).ifPresent((owner) -> send(need, owner, step, subject, body));
	}

	private void send(Need need, Person person, String step, String subject, String body) {
		this.outbox.mailTo(person, "need:" + need.reference() + ":" + step + ":" + person.userId(), subject, body);
	}

	private String ownerLink(Need need) {
		return this.baseUrl + "/needs/" + need.reference();
	}

}
