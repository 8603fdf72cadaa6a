package org.opencall.home;

import java.util.Set;

/**
 * The person looking at the home page: their user id and the roles (engine groups) they
 * have.
 */
public record Viewer(String user, Set<String> roles) {

	public Viewer {
		roles = Set.copyOf(roles);
	}

	public boolean is(String role) {
		return this.roles.contains(role);
	}

}
