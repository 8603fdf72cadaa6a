package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import org.opencall.platform.process.ProcessSubject;

/**
 * The report a report's scope (its embedded subprocess) works on: the number its
 * preparation set there. The call is always the business key.
 */
final class ReportScope {

	private ReportScope() {
	}

	static int number(VariableScope scope) {
		Object number = scope.getVariable(ReportingProcess.VAR_REPORT_NUMBER);
		if (!(number instanceof Integer value)) {
			throw new IllegalStateException("This report's scope has no report number");
		}
		return value;
	}

	/** Keeps the number in the scope of the subprocess that prepared it. */
	static void prepared(DelegateExecution execution, int number) {
		execution.setVariableLocal(ReportingProcess.VAR_REPORT_NUMBER, number);
	}

	static String call(DelegateExecution execution) {
		return ProcessSubject.of(execution);
	}

}
