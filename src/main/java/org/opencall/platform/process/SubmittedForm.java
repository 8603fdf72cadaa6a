package org.opencall.platform.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Typed reading of the fields a user submitted with a task's form. Only the fields of the
 * task's own form reach the engine at completion (see {@code TaskFormFields}); their
 * values are validated by the use case that records them.
 */
public final class SubmittedForm {

	private SubmittedForm() {
	}

	/** A text field's value, or {@code null} when it was left empty. */
	public static String text(DelegateTask task, String field) {
		Object value = task.getVariable(field);
		if (value == null) {
			return null;
		}
		String text = value.toString();
		return text.isEmpty() ? null : text;
	}

}
