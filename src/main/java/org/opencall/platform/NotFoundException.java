package org.opencall.platform;

/**
 * The thing asked for does not exist, or the user may not know that it exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
