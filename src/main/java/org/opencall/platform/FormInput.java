package org.opencall.platform;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * How form fields, request parameters, path variables and headers are read: every text
 * within {@link TextRules}, at most {@link #ROWS} rows in a list, and a value that cannot
 * be read becomes an error beside its field in words, never a Java type name. Every
 * binder Spring MVC makes gets these rules as it is made ({@link FormBinding}), not
 * through an {@code @InitBinder} advice, which Spring MVC would look at again on every
 * request.
 */
final class FormInput {

	/** The most rows (challenges, criteria…) a form may send. */
	static final int ROWS = 256;

	private FormInput() {
	}

	static void applyTo(WebDataBinder binder) {
		// must come first: it is fixed once the binder is in use
		binder.setAutoGrowCollectionLimit(ROWS);
		binder.registerCustomEditor(String.class, new Text());
		binder.setBindingErrorProcessor(new InWords());
	}

	/** Takes a text when {@link TextRules} accept it. */
	static final class Text extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String reason = TextRules.problem(text, TextRules.MAX);
			if (reason != null) {
				throw new RefusedTextException(reason);
			}
			setValue(text);
		}

	}

	/** A value that could not be bound: an error beside its field, in words. */
	static final class InWords extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			String field = ex.getPropertyName();
			RefusedTextException refusal = RefusedTextException.in(ex);
			String reason;
			if (refusal != null) {
				reason = refusal.getMessage();
			}
			else if (ex instanceof TypeMismatchException mismatch) {
				reason = ExpectedValue.of(mismatch.getRequiredType());
			}
			else {
				reason = "has a value that cannot be read";
			}
			Object rejected = (refusal != null) ? null : ex.getValue();
			// a refused text says its own reason; only a type mismatch takes the words
			// of messages.properties
			String[] codes = (refusal != null) ? null : result.resolveMessageCodes(ex.getErrorCode(), field);
			result.addError(new FieldError(result.getObjectName(), field, rejected, true, codes, null, reason));
		}

	}

}
