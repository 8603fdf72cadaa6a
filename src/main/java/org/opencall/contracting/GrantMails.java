package org.opencall.contracting;

import java.util.List;

import org.opencall.contracting.domain.Grant;
import org.opencall.identity.Directory;
import org.opencall.identity.Person;
import org.opencall.identity.Programme;
import org.opencall.notifications.MailAttachment;
import org.opencall.notifications.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of contracting: to the company's staff (the offer with its PDF, the reminder,
 * the end of an offer, a promotion from the reserve list, amendments) and to the officers
 * of the grant's programme (approval, answers, promotions, an exhausted reserve list).
 */
@Component
class GrantMails {

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	GrantMails(Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	void offered(Grant grant, String deadline, byte[] pdf) {
		MailAttachment agreement = new MailAttachment("grant-agreement-" + grant.reference() + ".pdf",
				"application/pdf", pdf);
		for (Person staff : staffOf(grant)) {
			this.outbox.mailTo(staff, "grant:" + grant.reference() + ":offered:" + staff.userId(),
					"Grant agreement " + grant.reference() + " offered to " + grant.companyName(),
					"The grant agreement for \"" + grant.title() + "\" is attached. Accept it, with its declarations,"
							+ " or decline it in Opencall before " + deadline + ":\n\n" + page(grant)
							+ "\n\nAn offer not answered by then lapses, and the grant goes to the next proposal of"
							+ " the reserve list.",
					List.of(agreement));
		}
	}

	void reminder(Grant grant, String deadline) {
		for (Person staff : staffOf(grant)) {
			this.outbox.mailTo(staff, "grant:" + grant.reference() + ":reminder:" + staff.userId(),
					"Reminder: grant agreement " + grant.reference() + " awaits your answer",
					"The grant agreement for \"" + grant.title() + "\" is still waiting for your answer. Accept or"
							+ " decline it before " + deadline + ":\n\n" + page(grant));
		}
	}

	void ended(Grant grant) {
		String what = switch (grant.status()) {
			case DECLINED ->
				"You declined the grant agreement for \"" + grant.title() + "\". Thank you for telling us.";
			default -> "The acceptance deadline of the grant agreement for \"" + grant.title()
					+ "\" passed without an answer: the offer has lapsed.";
		};
		for (Person staff : staffOf(grant)) {
			this.outbox.mailTo(staff, "grant:" + grant.reference() + ":ended:" + staff.userId(),
					"Grant agreement " + grant.reference() + ": " + grant.status().label().toLowerCase(),
					what + " The grant goes to the next proposal of the reserve list.\n\n" + page(grant));
		}
	}

	void promoted(Grant promoted, Grant from) {
		for (Person staff : staffOf(promoted)) {
			this.outbox.mailTo(staff, "grant:" + promoted.reference() + ":promoted:" + staff.userId(),
					"Your proposal " + promoted.submissionReference() + " is selected from the reserve list",
					"A selected proposal of call " + promoted.callReference() + " did not take its grant, and \""
							+ promoted.title() + "\" is next on the reserve list: it is now selected for funding."
							+ " A project officer prepares its grant agreement, which you will receive by mail.\n\n"
							+ page(promoted));
		}
		toOfficers(promoted, "promoted:" + from.reference(),
				"Reserve proposal promoted in call " + promoted.callReference(),
				"Grant " + from.reference() + " was " + from.status().label().toLowerCase() + ". The next fitting"
						+ " proposal of the reserve list, " + promoted.submissionReference() + " \"" + promoted.title()
						+ "\" of " + promoted.companyName() + ", is promoted: its agreement is to prepare.\n\n"
						+ page(promoted));
	}

	void reserveExhausted(Grant from) {
		toOfficers(from, "reserve-exhausted", "Reserve list of call " + from.callReference() + " exhausted",
				"Grant " + from.reference() + " was " + from.status().label().toLowerCase() + ", and no proposal of"
						+ " the call's reserve list is left whose request fits the remaining budget: the reserve list"
						+ " is exhausted.\n\n" + page(from));
	}

	void prepared(Grant grant) {
		toOfficers(grant, "prepared:" + grant.preparedAt().toEpochMilli(), grant.preparedBy(),
				"Grant agreement " + grant.reference() + " to approve",
				grant.preparedBy() + " prepared the grant agreement " + grant.reference() + ". A second officer of the"
						+ " programme approves it or sends it back:\n\n" + page(grant));
	}

	void sentBack(Grant grant, String preparer) {
		this.directory.person(preparer)
			.ifPresent((officer) -> this.outbox.mailTo(officer,
					"grant:" + grant.reference() + ":sent-back:" + grant.sentBackComment().hashCode(),
					"Grant agreement " + grant.reference() + " sent back",
					grant.sentBackBy() + " sent the grant agreement " + grant.reference() + " back:\n\n"
							+ grant.sentBackComment() + "\n\n" + this.baseUrl + "/grants/" + grant.reference()
							+ "/agreement"));
	}

	void signed(Grant grant) {
		toOfficers(grant, "signed", "Grant agreement " + grant.reference() + " signed",
				grant.companyName() + " accepted the grant agreement " + grant.reference() + ".\n\n" + page(grant));
	}

	void amendmentRequested(Grant grant, int number) {
		toOfficers(grant, "amendment:" + number,
				"Amendment " + number + " of grant " + grant.reference() + " to decide",
				grant.companyName() + " asks to amend the grant agreement " + grant.reference()
						+ ". Two officers of the programme approve it, or one refuses it:\n\n" + page(grant));
	}

	void amendmentDecided(Grant grant, int number, String outcome) {
		for (Person staff : staffOf(grant)) {
			this.outbox.mailTo(staff, "grant:" + grant.reference() + ":amendment:" + number + ":" + staff.userId(),
					"Amendment " + number + " of grant " + grant.reference() + " " + outcome,
					"Your request to amend the grant agreement " + grant.reference() + " is " + outcome + ".\n\n"
							+ page(grant));
		}
	}

	private void toOfficers(Grant grant, String what, String subject, String body) {
		toOfficers(grant, what, null, subject, body);
	}

	private void toOfficers(Grant grant, String what, String except, String subject, String body) {
		this.directory.membersOf(Programme.groupIdOf(grant.programmeCode()))
			.stream()
			.filter((officer) -> !officer.userId().equals(except))
			.forEach((officer) -> this.outbox.mailTo(officer,
					"grant:" + grant.reference() + ":" + what + ":" + officer.userId(), subject, body));
	}

	private List<Person> staffOf(Grant grant) {
		return this.directory.staffOf(grant.companyId());
	}

	private String page(Grant grant) {
		return this.baseUrl + "/grants/" + grant.reference();
	}

}
