package org.opencall.platform;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on server-rendered pages become an error page with the right status and the
 * reason in words; a database that cannot be reached a 503 page that says to try again;
 * anything unexpected becomes a page that says so with a log id. Comes before Spring
 * Boot's own problem details, which would answer a page with JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageErrorsAdvice {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView forbidden(ActionForbiddenException ex) {
		return page(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView conflict(StateConflictException ex) {
		return page(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView changedMeanwhile(OptimisticLockingFailureException ex) {
		return page(HttpStatus.CONFLICT, ProblemDetailsAdvice.CHANGED_MEANWHILE);
	}

	@ExceptionHandler
	ModelAndView keyReused(IdempotencyKeyReusedException ex) {

		return page(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalidInput(InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST, "Refused, nothing was changed: " + ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalidParameter(MethodArgumentTypeMismatchException ex) {
		RefusedTextException refusal = RefusedTextException.in(ex);
		String reason = (refusal != null) ? refusal.getMessage() : ExpectedValue.of(ex.getRequiredType());
		return page(HttpStatus.BAD_REQUEST, "Refused, nothing was changed: " + ex.getName() + ": " + reason);
	}

	@ExceptionHandler
	ModelAndView invalidFields(BindException ex) {
		return page(HttpStatus.BAD_REQUEST,
				"Refused, nothing was changed: " + ex.getFieldErrors()
					.stream()
					.map((error) -> error.getField() + ": " + error.getDefaultMessage())
					.collect(Collectors.joining("; ")));
	}

	@ExceptionHandler
	ModelAndView unreadableUpload(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return page(HttpStatus.PAYLOAD_TOO_LARGE,
					"Refused, nothing was changed: the upload is larger than the " + "server accepts.");
		}
		return page(HttpStatus.BAD_REQUEST,
				"Refused, nothing was changed: the upload " + ProblemDetailsAdvice.UNREADABLE_UPLOAD + ".");
	}

	@ExceptionHandler
	ModelAndView unexpected(Exception ex, HttpServletResponse response) throws Exception {
		Unexpected.rethrowSecurityRefusal(ex);
		if (ex instanceof ErrorResponse refusal) {
			return page(refusal.getStatusCode(), refusal.getBody().getDetail());
		}
		if (DatabaseUnavailable.in(ex)) {
			DatabaseUnavailable.log("A page", ex);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			return page(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
		}
		return page(HttpStatus.INTERNAL_SERVER_ERROR, Unexpected.MESSAGE + " (log id " + Unexpected.log(ex) + ").");
	}

	private static ModelAndView page(HttpStatusCode status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", (status instanceof HttpStatus known) ? known.getReasonPhrase() : "");
		page.addObject("message", message);
		return page;
	}

}
