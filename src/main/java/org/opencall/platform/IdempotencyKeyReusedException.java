package org.opencall.platform;

/**
 * An {@code Idempotency-Key} sent again with a different request: the first request's
 * answer cannot be replayed for it, and it is not carried out; nothing changed.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException(String message) {
		super(message);
	}

}
