package org.opencall.identity;

/**
 * An applicant's organisation and login, as entered on the registration page or sent to
 * the API.
 */
public record Registration(String organisationName, String country, String organisationType, String registrationNumber,
		String userId, String firstName, String lastName, String email, String password) {
}
