package org.opencall.platform;

/**
 * The user may not do this (a business rule such as the four-eyes rule, or a scope such
 * as another programme); nothing changed.
 */
public class ActionForbiddenException extends RuntimeException {

	public ActionForbiddenException(String message) {
		super(message);
	}

}
