package org.opencall.evaluation;

import java.util.UUID;

import org.opencall.evaluation.domain.CallInvitation;
import org.opencall.evaluation.domain.CallInvitationEvents.ExpertInvitedToCall;
import org.opencall.evaluation.domain.CallInvitationEvents.InvitationDeclined;
import org.opencall.evaluation.domain.CallInvitationEvents.InvitationLapsed;
import org.opencall.evaluation.domain.CallInvitationRepository;
import org.opencall.evaluation.domain.ExpertEvents.ExpertApproved;
import org.opencall.evaluation.domain.ExpertEvents.ExpertRejected;
import org.opencall.identity.Directory;
import org.opencall.identity.Person;
import org.opencall.notifications.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the people concerned, in the transaction of the change: the expert when they are
 * approved, rejected or invited to a call; the officers of the call's programme when an
 * expert declines or lets an invitation lapse.
 */
@Component
class ExpertMails {

	private final CallInvitationRepository invitations;

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	ExpertMails(CallInvitationRepository invitations, Directory directory, Outbox outbox,
			@Value("${opencall.base-url}") String baseUrl) {
		this.invitations = invitations;
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(ExpertApproved event) {
		this.directory.person(event.expert())
			.ifPresent((expert) -> this.outbox.mailTo(expert,
					"expert:" + event.expert() + ":approved:" + UUID.randomUUID(), "You are in the expert pool",
					"An officer approved you into Opencall's expert pool. Officers of each programme may now invite"
							+ " you to evaluate their calls; you answer each invitation in Tasklist.\n\nYour profile: "
							+ this.baseUrl + "/experts/me"));
	}

	@EventListener
	void on(ExpertRejected event) {
		this.directory.person(event.expert())
			.ifPresent((expert) -> this.outbox.mailTo(expert,
					"expert:" + event.expert() + ":rejected:" + UUID.randomUUID(),
					event.wasApproved() ? "You were taken out of the expert pool" : "Your expert registration",
					"An officer " + (event.wasApproved() ? "took you out of" : "did not approve you into")
							+ " Opencall's expert pool, for this reason:\n\n" + event.reason()
							+ "\n\nYou may change your profile and ask for approval again: " + this.baseUrl
							+ "/experts/me"));
	}

	@EventListener
	void on(ExpertInvitedToCall event) {
		CallInvitation invitation = invitation(event.invitation());
		this.directory.person(event.expert())
			.ifPresent((expert) -> this.outbox.mailTo(expert, "call-invitation:" + event.invitation() + ":invited",
					"Invitation to evaluate call " + invitation.callReference(),
					"You are invited to evaluate the proposals of call " + invitation.callReference() + " \""
							+ invitation.callTitle() + "\".\n\nPlease accept or decline by "
							+ CallInvitations.respondByInWords(event.respondBy())
							+ "; after that the invitation lapses.\nAnswer in Tasklist: " + this.baseUrl
							+ "/camunda/app/tasklist/\nThe call: " + this.baseUrl + "/calls/"
							+ invitation.callReference()));
	}

	@EventListener
	void on(InvitationDeclined event) {
		CallInvitation invitation = invitation(event.invitation());
		String expert = name(event.expert());
		toOfficers(invitation, "declined", expert + " declined the invitation to call " + invitation.callReference(),
				expert + " declined to evaluate call " + invitation.callReference() + " \"" + invitation.callTitle()
						+ "\", for this reason:\n\n" + event.reason() + "\n\nInvite another expert: "
						+ officerLink(invitation));
	}

	@EventListener
	void on(InvitationLapsed event) {
		CallInvitation invitation = invitation(event.invitation());
		String expert = name(event.expert());
		toOfficers(invitation, "lapsed", "Invitation to call " + invitation.callReference() + " lapsed",
				expert + " did not answer the invitation to evaluate call " + invitation.callReference() + " \""
						+ invitation.callTitle() + "\" in time; it has lapsed.\n\nInvite another expert: "
						+ officerLink(invitation));
	}

	private void toOfficers(CallInvitation invitation, String step, String subject, String body) {
		for (Person officer : this.directory.programmeOfficersOf(invitation.programmeCode())) {
			this.outbox.mailTo(officer, "call-invitation:" + invitation.id() + ":" + step + ":" + officer.userId(),
					subject, body);
		}
	}

	private CallInvitation invitation(UUID id) {
		return this.invitations.findById(id).orElseThrow();
	}

	private String name(String userId) {
		return this.directory.person(userId).map(Person::displayName).orElse(userId);
	}

	private String officerLink(CallInvitation invitation) {
		return this.baseUrl + "/officer/calls/" + invitation.callReference() + "/experts";
	}

}
