package org.opencall.calls.process;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reviewer needs to decide on a call, in words as Opencall's pages show it. The
 * review task's form shows it read-only; a completion that changes it is refused.
 */
public record ReviewContext(String title, String budget, String maximumGrant, String opening, String deadline,
		String evaluators, String criteria, String eligibility) {

	/** As the review task's own variables, named as its form's fields. */
	Map<String, Object> asVariables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(CallLifecycleProcess.VAR_TITLE, this.title);
		variables.put(CallLifecycleProcess.VAR_BUDGET, this.budget);
		variables.put(CallLifecycleProcess.VAR_MAXIMUM_GRANT, this.maximumGrant);
		variables.put(CallLifecycleProcess.VAR_OPENING, this.opening);
		variables.put(CallLifecycleProcess.VAR_DEADLINE, this.deadline);
		variables.put(CallLifecycleProcess.VAR_EVALUATORS, this.evaluators);
		variables.put(CallLifecycleProcess.VAR_CRITERIA, this.criteria);
		variables.put(CallLifecycleProcess.VAR_ELIGIBILITY, this.eligibility);
		return variables;
	}

}
