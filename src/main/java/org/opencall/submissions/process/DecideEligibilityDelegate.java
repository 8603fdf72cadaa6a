package org.opencall.submissions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_DecideEligibility}: applies the eligibility table and leaves its findings,
 * in words and as yes/no, for the officer's admissibility check.
 */
@Component("decideEligibilityDelegate")
class DecideEligibilityDelegate implements JavaDelegate {

	private final SubmissionSteps steps;

	DecideEligibilityDelegate(SubmissionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RuleFindings findings = this.steps.applyRules(ProcessSubject.of(execution));
		execution.setVariable(SubmissionProcess.VAR_FINDINGS, findings.inWords());
		// the admissibility form asks for a reason exactly when the server will
		execution.setVariable(SubmissionProcess.VAR_ELIGIBLE_BY_RULES, findings.eligible());
	}

}
