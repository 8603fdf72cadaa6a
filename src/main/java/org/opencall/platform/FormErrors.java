package org.opencall.platform;

import org.springframework.beans.BeansException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Shows refusals on the page whose form was sent: the domain's reasons next to the form
 * fields they concern, or a refusal that concerns no field at the top of the page. Either
 * way the page answers with the refusal's status: 400, or 409 when the state of the thing
 * acted on refuses it.
 */
public final class FormErrors {

	/** The model attribute that sets the status of a page shown again with a refusal. */
	static final String STATUS = "refusedStatus";

	private FormErrors() {
	}

	public static void bind(InvalidInputException refusal, BindingResult result) {
		for (FieldViolation violation : refusal.violations()) {
			try {
				result.rejectValue(violation.field(), "invalid", violation.reason());
			}
			catch (BeansException | IllegalArgumentException ex) {
				result.reject("invalid", violation.field() + " " + violation.reason());
			}
		}
	}

	/**
	 * A refusal that concerns the form as a whole, shown in the form's error summary
	 * (beside the form, not at the top of the page), with the status {@link #show} gives.
	 */
	public static void showOnForm(RuntimeException refusal, BindingResult result, Model model) {
		show(refusal, model);
		result.reject("refused", String.valueOf(model.getAttribute("error")));
		model.addAttribute("error", null);
	}

	/**
	 * The reason at the top of the page shown again ({@code error}), which answers 409
	 * for a state conflict, 422 for a reused idempotency key, 400 for refused input.
	 */
	public static void show(RuntimeException refusal, Model model) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		String message = refusal.getMessage();
		if (refusal instanceof StateConflictException) {
			status = HttpStatus.CONFLICT;
		}
		else if (refusal instanceof IdempotencyKeyReusedException) {
			status = HttpStatus.UNPROCESSABLE_ENTITY;
		}
		else if (refusal instanceof InvalidInputException) {
			message = "Refused, nothing was changed: " + message;
		}
		model.addAttribute("error", message);
		model.addAttribute(STATUS, status);
	}

}
