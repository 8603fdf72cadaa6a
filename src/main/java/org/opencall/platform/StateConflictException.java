package org.opencall.platform;

/**
 * The action is not possible in the current state of the thing it acts on; nothing
 * changed.
 */
public class StateConflictException extends RuntimeException {

	public StateConflictException(String message) {
		super(message);
	}

}
