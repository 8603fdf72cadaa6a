package org.opencall.platform;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * Shows the domain's refusals next to the form fields they concern.
 */
public final class FormErrors {

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

}
