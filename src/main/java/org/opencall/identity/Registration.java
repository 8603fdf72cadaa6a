package org.opencall.identity;

/**
 * An applicant's organisation and login, as entered on the registration page or sent to
 * the API; or, with the token of an invitation, only the login of someone joining the
 * organisation that invited them (the organisation's fields and the e-mail address are
 * then the invitation's).
 */
public record Registration(String organisationName, String country, String organisationType, String registrationNumber,
		String userId, String firstName, String lastName, String email, String password, String invitation) {

	boolean isInvited() {
		return this.invitation != null && !this.invitation.isBlank();
	}

	@Override
	public String toString() {
		return "Registration[" + this.userId + " of " + this.organisationName + "]";
	}

}
