package org.opencall.platform;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refusals on the JSON API into RFC 9457 problem details that name the field and
 * the reason.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		return invalid(ex.violations());
	}

	@ExceptionHandler
	ProblemDetail invalidBody(BindException ex) {
		return invalid(ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldViolation(error.getField(), error.getDefaultMessage()))
			.toList());
	}

	@ExceptionHandler
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
				"The request body is not valid JSON of the expected shape.");
		problem.setProperty("errors", List.of(new FieldViolation(fieldOf(ex), mostSpecific(ex))));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex) {
		return invalid(List.of(new FieldViolation("attachments", "the upload is larger than the server accepts")));
	}

	@ExceptionHandler
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return invalid(List.of(new FieldViolation(ex.getRequestPartName(), "is required")));
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldViolation(ex.getName(), "has an unknown value")));
	}

	@ExceptionHandler
	ProblemDetail stateConflict(StateConflictException ex) {
		return problem(HttpStatus.CONFLICT, "state-conflict", "Not possible in the current state", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ActionForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Action refused", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
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

	private static String fieldOf(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
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
		return "body";
	}

	private static String mostSpecific(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		String message = (cause.getMessage() != null) ? cause.getMessage() : ex.getMessage();
		int firstLine = message.indexOf('\n');
		return (firstLine > 0) ? message.substring(0, firstLine) : message;
	}

}
