package org.opencall.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.opencall.identity.InvitationIssued;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails an invitation to join an organisation, in the transaction that issues it. The
 * invited person has no login yet, so the letter greets no name.
 */
@Component
class InvitationMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Outbox outbox;

	InvitationMails(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(InvitationIssued event) {
		this.outbox.enqueue(new OutgoingMail("invitation-" + event.invitationId(), event.email(),
				"[Opencall] Invitation to join " + event.organisationName(),
				"Hello,\n\n" + event.invitedBy() + " invites you to join " + event.organisationName()
						+ " on Opencall.\n\nCreate your login here (the link works once, until "
						+ WHEN.format(event.expiresAt()) + "):\n" + event.link()
						+ "\n\nIf you did not expect this invitation, ignore this mail.\n\n-- \nOpencall"));
	}

}
