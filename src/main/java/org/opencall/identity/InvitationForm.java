package org.opencall.identity;

/**
 * The form that invites a colleague, as typed.
 */
public class InvitationForm {

	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
