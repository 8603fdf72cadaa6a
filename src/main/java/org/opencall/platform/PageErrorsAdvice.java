package org.opencall.platform;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on server-rendered pages become an error page with the right status.
 */
@ControllerAdvice(annotations = Controller.class)
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

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
