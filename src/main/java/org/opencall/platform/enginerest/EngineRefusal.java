package org.opencall.platform.enginerest;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.DatabaseUnavailable;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;

import jakarta.ws.rs.WebApplicationException;

/**
 * How a failure inside the engine REST API or the webapps' APIs is told to the user: a
 * 4xx status when the request was refused (Opencall's own refusals keep their field and
 * reason, even when a task listener raised them), a 503 when the database cannot be
 * reached just now, a 500 only for the server's own faults, and always a message in words
 * — no engine codes, class names or SQL.
 */
record EngineRefusal(int status, String type, String message, List<FieldViolation> errors) {

	private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-\\d+\\s*");

	private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");

	private static final int MESSAGE_LENGTH = 300;

	static EngineRefusal of(Throwable failure) {
		if (DatabaseUnavailable.in(failure)) {
			return new EngineRefusal(503, "Service unavailable", DatabaseUnavailable.MESSAGE, List.of());
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return new EngineRefusal(400, "Invalid input", "Refused: " + describe(invalid.violations()),
						invalid.violations());
			}
			if (cause instanceof ActionForbiddenException) {
				return new EngineRefusal(403, "Forbidden", cause.getMessage(), List.of());
			}
			if (cause instanceof StateConflictException) {
				return new EngineRefusal(409, "Conflict", cause.getMessage(), List.of());
			}
			if (cause instanceof NotFoundException) {
				return new EngineRefusal(404, "Not found", cause.getMessage(), List.of());
			}
		}
		if (failure instanceof AuthorizationException) {
			return new EngineRefusal(403, "Forbidden", "You may not do this. " + words(failure.getMessage()),
					List.of());
		}
		if (failure instanceof OptimisticLockingException) {
			return new EngineRefusal(409, "Conflict",
					"Someone else changed this at the same time; reload and try again.", List.of());
		}
		if (failure instanceof JacksonException) {
			return new EngineRefusal(400, "Invalid input", "The request body is not valid JSON of the expected shape.",
					List.of());
		}
		if (failure instanceof RestException || failure instanceof WebApplicationException
				|| failure instanceof BadUserRequestException) {
			int status = ExceptionHandlerHelper.getInstance().getStatus(failure).getStatusCode();
			return new EngineRefusal(status, typeOf(status), words(failure.getMessage()), List.of());
		}
		if (failure instanceof ProcessEngineException && !isServerFault(failure)) {
			return new EngineRefusal(400, "Refused", "The engine refused this: " + words(failure.getMessage()),
					List.of());
		}
		return new EngineRefusal(500, "Server error", "Something went wrong on the server; nothing was changed.",
				List.of());
	}

	/** A failure of the database or of the server's code, not of the request. */
	private static boolean isServerFault(Throwable failure) {
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException || cause instanceof RuntimeException
					&& cause.getClass().getName().startsWith("org.apache.ibatis")) {
				return true;
			}
		}
		String message = String.valueOf(failure.getMessage());
		return message.contains("### ") || message.contains("SQL");
	}

	/**
	 * An engine message without its code, class names and anything after its first line.
	 */
	static String words(String message) {
		if (message == null || message.isBlank()) {
			return "";
		}
		String text = ENGINE_CODE.matcher(message).replaceAll("");
		int lineBreak = text.indexOf('\n');
		if (lineBreak >= 0) {
			text = text.substring(0, lineBreak);
		}
		text = CLASS_NAME.matcher(text).replaceAll("a value").strip();
		return (text.length() > MESSAGE_LENGTH) ? text.substring(0, MESSAGE_LENGTH) + "…" : text;
	}

	private static String describe(List<FieldViolation> violations) {
		return violations.stream()
			.map((v) -> v.field() + " " + v.reason())
			.reduce((a, b) -> a + "; " + b)
			.orElse("the input was refused");
	}

	private static String typeOf(int status) {
		return switch (status) {
			case 400 -> "Invalid input";
			case 401 -> "Login required";
			case 403 -> "Forbidden";
			case 404 -> "Not found";
			case 405 -> "Method not allowed";
			case 409 -> "Conflict";
			case 415 -> "Unsupported media type";
			default -> (status >= 500) ? "Server error" : "Refused";
		};
	}

}
