package org.opencall.evaluation.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.opencall.platform.process.SubmittedForm;

/**
 * The fields of an evaluation task's form as the task's own: created empty on the task's
 * execution when the task is created, so that a completion writes them there and not
 * where another expert's task would read them, and removed once the module has recorded
 * them — an expert never reads another's scores through the engine.
 */
final class FormFields {

	private FormFields() {
	}

	static void prepare(DelegateTask task, List<String> fields) {
		fields.forEach((field) -> task.getExecution().setVariableLocal(field, null));
	}

	static void forget(DelegateTask task, List<String> fields) {
		task.getExecution().removeVariables(fields);
	}

	/** A field's value as text, numbers as they came ("3.5"), or {@code null}. */
	static String text(DelegateTask task, String field) {
		return SubmittedForm.text(task, field);
	}

	static List<String> numbered(DelegateTask task, String prefix) {
		List<String> values = new ArrayList<>();
		for (int i = 1; i <= EvaluationProcess.FORM_CRITERIA; i++) {
			values.add(text(task, prefix + i));
		}
		return values;
	}

	static List<String> scoreFields() {
		List<String> fields = new ArrayList<>();
		for (int i = 1; i <= EvaluationProcess.FORM_CRITERIA; i++) {
			fields.add(EvaluationProcess.VAR_SCORE + i);
			fields.add(EvaluationProcess.VAR_COMMENT + i);
		}
		fields.add(EvaluationProcess.VAR_OVERALL_COMMENT);
		return fields;
	}

	static final List<String> DECLARATION = List.of(EvaluationProcess.VAR_DECLARATION,
			EvaluationProcess.VAR_CONFLICT_DESCRIPTION, EvaluationProcess.VAR_DECLINE_REASON);

	static final List<String> ANSWER = List.of(EvaluationProcess.VAR_CONSENSUS_ANSWER,
			EvaluationProcess.VAR_CONSENSUS_COMMENT);

	static final List<String> MODERATION = List.of(EvaluationProcess.VAR_MODERATOR_DECISION,
			EvaluationProcess.VAR_MODERATOR_COMMENT);

}
