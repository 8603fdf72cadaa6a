package org.opencall.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refusals on the JSON API into RFC 9457 problem details that name the field and
 * the reason in words. A database that cannot be reached answers 503 with
 * {@code Retry-After}. Whatever else goes wrong answers a generic problem with a log id;
 * the details go to the log only.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

	/**
	 * Someone saved the same thing since it was read: nothing of this request was kept.
	 */
	static final String CHANGED_MEANWHILE = "Someone else changed this in the meantime; reload it and try again.";

	/** Why an upload the server could not take apart was refused. */
	static final String UNREADABLE_UPLOAD = "cannot be read: a file name must not contain control characters, "
			+ "and the upload must be complete";

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		return invalid(ex.violations());
	}

	@ExceptionHandler
	ProblemDetail invalidBody(BindException ex) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> violations.add(new FieldViolation(error.getField(), error.getDefaultMessage())));
		return invalid(violations);
	}

	@ExceptionHandler
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		JsonMappingException mapping = find(ex, JsonMappingException.class);
		if (mapping != null && !mapping.getPath().isEmpty()) {
			return invalid(List.of(new FieldViolation(fieldOf(mapping), reasonOf(ex))));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
				"The request body is not valid JSON of the expected shape; nothing was changed.");
		problem.setProperty("errors", List.of(new FieldViolation("body", reasonOf(ex))));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex) {
		return invalid(List.of(new FieldViolation("upload", "is larger than the server accepts")));
	}

	@ExceptionHandler
	ProblemDetail unreadableUpload(MultipartException ex) {
		return invalid(List.of(new FieldViolation("upload", UNREADABLE_UPLOAD)));
	}

	@ExceptionHandler
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return invalid(List.of(new FieldViolation(ex.getRequestPartName(), "is required")));
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldViolation(ex.getName(), reasonOf(ex))));
	}

	@ExceptionHandler
	ProblemDetail stateConflict(StateConflictException ex) {
		return problem(HttpStatus.CONFLICT, "state-conflict", "Not possible in the current state", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail changedMeanwhile(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "state-conflict", "Not possible in the current state", CHANGED_MEANWHILE);
	}

	@ExceptionHandler
	ProblemDetail keyReused(IdempotencyKeyReusedException ex) {

		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency key already used",
				ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ActionForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Action refused", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	/**
	 * Spring's own refusals (wrong method, media type, missing parameter) keep their
	 * status and words; a database that cannot be reached answers 503 (whichever layer's
	 * exception says so); anything else is unexpected.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) throws Exception {
		Unexpected.rethrowSecurityRefusal(ex);
		if (ex instanceof ErrorResponse refusal) {
			return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(refusal.getBody());
		}
		if (DatabaseUnavailable.in(ex)) {
			DatabaseUnavailable.log("A JSON request", ex);
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(unavailable());
		}
		String logId = Unexpected.log(ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", "Something went wrong",
				Unexpected.MESSAGE + " (log id " + logId + ")");
		problem.setProperty("logId", logId);
		return ResponseEntity.internalServerError().body(problem);
	}

	/** The database cannot be reached just now: try again later. */
	static ProblemDetail unavailable() {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
				DatabaseUnavailable.MESSAGE);
	}

	static ProblemDetail invalid(List<FieldViolation> violations) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
				violations.size() + " field(s) refused; nothing was changed.");
		problem.setProperty("errors", violations);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + type));
		problem.setTitle(title);
		return problem;
	}

	private static String fieldOf(JsonMappingException mapping) {
		StringBuilder field = new StringBuilder();
		for (JsonMappingException.Reference reference : mapping.getPath()) {
			if (reference.getFieldName() != null) {
				field.append((field.length() > 0) ? "." : "").append(reference.getFieldName());
			}
			else {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/** Why the body could not be read, in words: never Jackson's message. */
	private static String reasonOf(HttpMessageNotReadableException ex) {
		RefusedTextException refusal = RefusedTextException.in(ex);
		if (refusal != null) {
			return refusal.getMessage();
		}
		if (find(ex, StreamConstraintsException.class) != null) {
			return "is too long";
		}
		if (find(ex, InputCoercionException.class) != null) {
			return "is out of range";
		}
		MismatchedInputException mismatch = find(ex, MismatchedInputException.class);
		if (mismatch != null) {
			return ExpectedValue.of(mismatch.getTargetType());
		}
		if (find(ex, JsonParseException.class) != null) {
			return "is not valid JSON";
		}
		return (ex.getCause() == null) ? "is required" : "cannot be read";
	}

	private static String reasonOf(MethodArgumentTypeMismatchException ex) {
		RefusedTextException refusal = RefusedTextException.in(ex);
		return (refusal != null) ? refusal.getMessage() : ExpectedValue.of(ex.getRequiredType());
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
