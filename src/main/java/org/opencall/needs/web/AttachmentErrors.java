package org.opencall.needs.web;

import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A refused attachment is said beside the form's one upload field, naming the file: the
 * form has a single input for all of them, not one per file.
 */
final class AttachmentErrors {

	private AttachmentErrors() {
	}

	static InvalidInputException besideTheUpload(InvalidInputException refusal, NeedForm form) {
		List<FieldViolation> violations = refusal.violations().stream().map((v) -> besideTheUpload(v, form)).toList();
		return new InvalidInputException(violations);
	}

	private static FieldViolation besideTheUpload(FieldViolation violation, NeedForm form) {
		if (!violation.field().startsWith("attachments[")) {
			return violation;
		}
		String index = violation.field().substring("attachments[".length(), violation.field().indexOf(']'));
		String name = "a file";
		try {
			MultipartFile file = form.getAttachments().get(Integer.parseInt(index));
			name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : name;
		}
		catch (NumberFormatException | IndexOutOfBoundsException ex) {
			// the file is named by its position only
		}
		return new FieldViolation("attachments", name + ": " + violation.reason());
	}

}
