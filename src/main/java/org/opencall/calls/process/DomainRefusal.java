package org.opencall.calls.process;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;

/**
 * The engine wraps what a listener throws; a refusal of the domain travels back to the
 * caller as itself, so that the API answers with the field and the reason.
 */
final class DomainRefusal {

	private DomainRefusal() {
	}

	static RuntimeException unwrap(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException || cause instanceof StateConflictException
					|| cause instanceof ActionForbiddenException || cause instanceof NotFoundException) {
				return (RuntimeException) cause;
			}
		}
		return ex;
	}

}
