package org.opencall.platform;

/**
 * A text refused by {@link TextRules} while a request was read, before any use case saw
 * it; its message is the reason in words.
 */
class RefusedTextException extends IllegalArgumentException {

	RefusedTextException(String reason) {
		super(reason);
	}

	/** The refusal among the causes of an exception, if any. */
	static RefusedTextException in(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RefusedTextException refusal) {
				return refusal;
			}
		}
		return null;
	}

}
