package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An independent expert creates their own login, belonging to no organisation, with the
 * role {@link Roles#EXPERTS}: the same login fields and rules as a company's
 * registration, and, when an officer invited them, the same single-use invitation links
 * (the e-mail address is then the invitation's). The evaluation module keeps their expert
 * profile.
 */
@Service
@Transactional
public class ExpertLogins {

	private final Invitations invitations;

	private final IdentityService identityService;

	ExpertLogins(Invitations invitations, IdentityService identityService) {
		this.invitations = invitations;
		this.identityService = identityService;
	}

	/**
	 * Creates the login, or refuses it naming every wrong field of the login and the
	 * caller's own refusals together. Only the login fields of the registration are read
	 * (userId, firstName, lastName, email, password, invitation).
	 * @param login the login as entered
	 * @param otherViolations what the caller refused of the rest of its form
	 * @return the person who can now log in
	 */
	public Person register(Registration login, List<FieldViolation> otherViolations) {
		List<FieldViolation> violations = new ArrayList<>();
		Invitation invitation = null;
		String email;
		if (login.isInvited()) {
			try {
				invitation = this.invitations.claim(login.invitation());
				if (!invitation.isToExpertPool()) {
					violations.add(new FieldViolation("invitation",
							"invites you to an organisation: register on the page its link leads to"));
					invitation = null;
				}
			}
			catch (InvalidInputException refused) {
				violations.addAll(refused.violations());
			}
			email = (invitation != null) ? invitation.email() : null;
		}
		else {
			email = EmailAddress.check(violations, "email", login.email());
		}
		NewLogin newLogin = NewLogin.check(login, email, violations, this.identityService);
		violations.addAll(otherViolations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		newLogin.save(this.identityService, Roles.EXPERTS);
		if (invitation != null) {
			this.invitations.accepted(invitation, newLogin.userId());
		}
		return new Person(newLogin.userId(), newLogin.firstName(), newLogin.lastName(), email);
	}

	/**
	 * The address an officer's invitation to the pool was sent to, if the token is still
	 * valid; otherwise refused naming the field {@code invitation}.
	 */
	@Transactional(readOnly = true)
	public String invitedAddress(String token) {
		Invitation invitation = this.invitations.valid(token);
		if (!invitation.isToExpertPool()) {
			throw InvalidInputException.of("invitation",
					"invites you to an organisation: register on the page its link leads to");
		}
		return invitation.email();
	}

	/** An officer invites someone by e-mail to register in the expert pool. */
	public Invitation invite(String officerId, String email) {
		return this.invitations.inviteToExpertPool(officerId, email);
	}

}
