package org.opencall.platform;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * What the user learns of an unexpected failure: a sentence and a log id. The exception
 * itself, with any SQL or class name, goes to the log under that id.
 */
final class Unexpected {

	static final String MESSAGE = "Something went wrong; nothing was changed. Try again, or tell the operators";

	private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

	private Unexpected() {
	}

	static String log(Throwable ex) {
		String logId = UUID.randomUUID().toString().substring(0, 8);
		LOG.error("Unexpected failure, log id {}", logId, ex);
		return logId;
	}

	/** Spring Security answers its own refusals (login page, 401, 403). */
	static void rethrowSecurityRefusal(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
	}

}
