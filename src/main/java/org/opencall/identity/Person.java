package org.opencall.identity;

/**
 * Someone who can log in.
 */
public record Person(String userId, String firstName, String lastName, String email) {

	public String displayName() {
		return (this.firstName + " " + this.lastName).trim();
	}

}
