package org.opencall.identity;

/**
 * The registration page's form.
 */
public class RegistrationForm {

	private String organisationName;

	private String country;

	private String organisationType = "SME";

	private String registrationNumber;

	private String userId;

	private String firstName;

	private String lastName;

	private String email;

	private String password;

	private String invitation;

	Registration toRegistration() {
		return new Registration(this.organisationName, this.country, this.organisationType, this.registrationNumber,
				this.userId, this.firstName, this.lastName, this.email, this.password, this.invitation);
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getOrganisationType() {
		return this.organisationType;
	}

	public void setOrganisationType(String organisationType) {
		this.organisationType = organisationType;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getInvitation() {
		return this.invitation;
	}

	public void setInvitation(String invitation) {
		this.invitation = invitation;
	}

}
