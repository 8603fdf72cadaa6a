package org.opencall.cocreation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencall.cocreation.domain.Deliverable;
import org.opencall.cocreation.domain.Milestone;
import org.opencall.cocreation.domain.Payment;
import org.opencall.cocreation.domain.Pilot;
import org.opencall.identity.Person;
import org.opencall.notifications.Outbox;
import org.opencall.platform.PageFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of a pilot: to the company's staff, the host's need owners and the officers
 * of the grant's programme, each once (the key names the pilot, the step and the person).
 */
@Component
class CoCreationMails {

	private final PilotAccess access;

	private final Outbox outbox;

	private final String baseUrl;

	CoCreationMails(PilotAccess access, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.access = access;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	void opened(Pilot pilot) {
		send(this.access.officers(pilot), pilot, "opened",
				"Grant " + pilot.grantReference() + " signed: hold its kick-off",
				pilot.company() + " signed grant " + pilot.grantReference() + " (" + pilot.title()
						+ "). Hold the kick-off with the company and " + pilot.hostOrganisation()
						+ ", the host organisation, and release the payment due at signature, if any.");
	}

	void kickOffHeld(Pilot pilot) {
		String body = "The kick-off of grant " + pilot.grantReference() + " (" + pilot.title() + ") was held on "
				+ pilot.kickOffDate() + " with " + pilot.company() + " and " + pilot.hostOrganisation() + "."
				+ ((pilot.kickOffNotes() != null) ? "\n\n" + pilot.kickOffNotes() : "")
				+ "\n\nThe milestones, their deliverables and the payments are on the pilot's page.";
		send(this.access.companyStaff(pilot), pilot, "kick-off", "Kick-off of grant " + pilot.grantReference(), body);
		send(this.access.people(pilot.needOwners()), pilot, "kick-off",
				"Kick-off of grant " + pilot.grantReference() + ": you co-review its deliverables",
				body + " As a need owner of the host organisation you co-review each deliverable.");
	}

	void submitted(Pilot pilot, Deliverable deliverable, int round) {
		String key = "submitted:" + deliverable.milestone() + ":" + round;
		String subject = "Deliverable of milestone " + deliverable.milestone() + " of grant " + pilot.grantReference()
				+ " to review";
		String body = deliverable.submittedBy() + " of " + pilot.company() + " submitted the deliverable of milestone "
				+ deliverable.milestone() + " of grant " + pilot.grantReference() + " (" + pilot.title()
				+ "). The project officer and the host organisation review it: it is accepted when both accept.";
		send(this.access.officers(pilot), pilot, key, subject, body);
		send(this.access.people(hostReviewers(pilot)), pilot, key, subject, body);
	}

	void revisionAsked(Pilot pilot, Deliverable deliverable, int round) {
		StringBuilder body = new StringBuilder("The deliverable of milestone " + deliverable.milestone() + " of grant "
				+ pilot.grantReference() + " is sent back for a revision.\n");
		if (deliverable.officerComment() != null) {
			body.append("\nThe project officer (" + deliverable.officerVerdict().label().toLowerCase() + "): "
					+ deliverable.officerComment() + "\n");
		}
		if (deliverable.hostComment() != null) {
			body.append("\n" + pilot.hostOrganisation() + " (" + deliverable.hostVerdict().label().toLowerCase() + "): "
					+ deliverable.hostComment() + "\n");
		}
		body.append("\nSubmit the revised deliverable on the pilot's page.");
		send(this.access.companyStaff(pilot), pilot, "revision:" + deliverable.milestone() + ":" + round,
				"Revise the deliverable of milestone " + deliverable.milestone() + " of grant "
						+ pilot.grantReference(),
				body.toString());
	}

	void accepted(Pilot pilot, Milestone milestone, List<Payment> due) {
		String subject = "Milestone " + milestone.number() + " of grant " + pilot.grantReference() + " accepted";
		String body = "The project officer and " + pilot.hostOrganisation() + " accepted the deliverable of milestone "
				+ milestone.number() + " (" + milestone.title() + ") of grant " + pilot.grantReference() + ".";
		String key = "accepted:" + milestone.number();
		send(this.access.companyStaff(pilot), pilot, key, subject, body);
		send(this.access.people(pilot.needOwners()), pilot, key, subject, body);
		for (Payment payment : due) {
			send(this.access.officers(pilot).stream().filter((o) -> !o.userId().equals(payment.madeDueBy())).toList(),
					pilot, "due:" + payment.number(),
					"Payment " + payment.number() + " of grant " + pilot.grantReference() + " to release",
					"Payment " + payment.number() + " of grant " + pilot.grantReference() + " ("
							+ PageFormat.moneyOf(payment.amount(), pilot.currency()) + ", "
							+ payment.triggerLabel().toLowerCase() + ") is due. An officer other than "
							+ payment.madeDueBy() + ", who made it due, releases it.");
		}
	}

	void released(Pilot pilot, Payment payment) {
		send(this.access.companyStaff(pilot), pilot, "released:" + payment.number(),
				"Payment " + payment.number() + " of grant " + pilot.grantReference() + " released",
				"Payment " + payment.number() + " of grant " + pilot.grantReference() + " ("
						+ PageFormat.moneyOf(payment.amount(), pilot.currency()) + ", "
						+ payment.triggerLabel().toLowerCase() + ") is released to " + pilot.company() + ".");
	}

	void reminder(Pilot pilot, Milestone milestone) {
		send(this.access.companyStaff(pilot), pilot, "reminder:" + milestone.number(),
				"Deliverable of milestone " + milestone.number() + " of grant " + pilot.grantReference() + " is due",
				"The deliverable of milestone " + milestone.number() + " (" + milestone.title() + ": "
						+ milestone.deliverable() + ") of grant " + pilot.grantReference() + " was due on "
						+ milestone.dueDate() + ". Submit it on the pilot's page.");
	}

	void escalation(Pilot pilot, Milestone milestone) {
		send(this.access.officers(pilot), pilot, "escalation:" + milestone.number(),
				"Deliverable of milestone " + milestone.number() + " of grant " + pilot.grantReference() + " overdue",
				pilot.company() + " has not submitted the deliverable of milestone " + milestone.number() + " ("
						+ milestone.title() + ") of grant " + pilot.grantReference() + ", due on " + milestone.dueDate()
						+ ", although it was reminded. Please contact the company.");
	}

	void closed(Pilot pilot) {
		Map<String, Person> everybody = new LinkedHashMap<>();
		this.access.companyStaff(pilot).forEach((p) -> everybody.put(p.userId(), p));
		this.access.people(pilot.needOwners()).forEach((p) -> everybody.put(p.userId(), p));
		this.access.officers(pilot).forEach((p) -> everybody.put(p.userId(), p));
		send(everybody.values(), pilot, "closed", "Grant " + pilot.grantReference() + " closed",
				"Grant " + pilot.grantReference() + " (" + pilot.title() + ") is closed by " + pilot.closedBy()
						+ ". Outcome: " + pilot.outcome().label().toLowerCase() + ".\n\n" + pilot.outcomeSummary());
	}

	private List<String> hostReviewers(Pilot pilot) {
		return pilot.needOwners().isEmpty() ? this.access.hostNeedOwners(pilot) : List.copyOf(pilot.needOwners());
	}

	private void send(Collection<Person> people, Pilot pilot, String step, String subject, String body) {
		for (Person person : people) {
			this.outbox.mailTo(person, "cocreation:" + pilot.grantReference() + ":" + step + ":" + person.userId(),
					subject, body + "\n\n" + this.baseUrl + "/pilots/" + pilot.grantReference());
		}
	}

}
