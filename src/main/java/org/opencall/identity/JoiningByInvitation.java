package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone invited by a member creates their login in the member's organisation, with the
 * role of its staff (need owners for care organisations, applicants for companies). The
 * organisation and the e-mail address are the invitation's, whatever else was sent.
 */
@Service
@Transactional
public class JoiningByInvitation {

	private final Invitations invitations;

	private final Directory directory;

	private final IdentityService identityService;

	JoiningByInvitation(Invitations invitations, Directory directory, IdentityService identityService) {
		this.invitations = invitations;
		this.directory = directory;
		this.identityService = identityService;
	}

	public Organisation join(Registration input) {
		List<FieldViolation> violations = new ArrayList<>();
		Invitation invitation = null;
		try {
			invitation = this.invitations.claim(input.invitation());
			if (invitation.isToExpertPool()) {
				violations.add(new FieldViolation("invitation",
						"invites you to the expert pool: register on the experts' registration page it links to"));
				invitation = null;
			}
		}
		catch (InvalidInputException refused) {
			violations.addAll(refused.violations());
		}
		NewLogin login = NewLogin.check(input, (invitation != null) ? invitation.email() : null, violations,
				this.identityService);
		if (!violations.isEmpty() || invitation == null) {
			throw new InvalidInputException(violations);
		}
		Organisation organisation = this.directory.organisation(invitation.organisationId()).orElseThrow();
		login.save(this.identityService, organisation.type().staffRole());
		this.directory.joinOrganisation(login.userId(), organisation.id());
		this.invitations.accepted(invitation, login.userId());
		return organisation;
	}

}
