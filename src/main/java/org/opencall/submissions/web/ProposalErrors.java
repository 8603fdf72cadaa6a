package org.opencall.submissions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A proposal's refusals beside the form's fields, each under the name the form gives it:
 * the upload's type and file are the form's document fields, and a mandatory document or
 * the organisation (no input of the form) keep their own names, which the page shows
 * beside the document and in the call's rules, and the summary names in words.
 */
final class ProposalErrors {

	private static final Map<String, String> UPLOAD_FIELDS = Map.of("type", "documentType", "file", "documentFile");

	private ProposalErrors() {
	}

	static void bind(InvalidInputException refusal, BindingResult result) {
		refusal.violations().forEach((violation) -> bind(violation, result));
	}

	/**
	 * Adds the problems of fields that have none yet: what the server finds in the fields
	 * it could read, beside those it could not, so that all show at once.
	 */
	static void bindOthers(List<FieldViolation> problems, BindingResult result) {
		problems.stream().filter((v) -> !result.hasFieldErrors(v.field())).toList().forEach((v) -> bind(v, result));
	}

	private static void bind(FieldViolation violation, BindingResult result) {
		String field = UPLOAD_FIELDS.getOrDefault(violation.field(), violation.field());
		try {
			result.rejectValue(field, "invalid", violation.reason());
		}
		catch (BeansException | IllegalArgumentException notAnInput) {
			result.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { "invalid" }, null,
					violation.reason()));
		}
	}

	/** The problems of the mandatory documents, by type. */
	static Map<String, String> ofDocuments(BindingResult result) {
		Map<String, String> documents = new LinkedHashMap<>();
		result.getFieldErrors()
			.stream()
			.filter((error) -> error.getField().startsWith("documents."))
			.forEach((error) -> documents.put(error.getField().substring("documents.".length()),
					error.getDefaultMessage()));
		return documents;
	}

	/** The problems of the organisation against the call's rules. */
	static List<String> ofOrganisation(BindingResult result) {
		return result.getFieldErrors("organisation").stream().map(FieldError::getDefaultMessage).toList();
	}

}
