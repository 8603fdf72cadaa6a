package org.opencall.evaluation.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencall.platform.TaskText;

/**
 * What an evaluation task's form shows, in words as Opencall's pages show them, set as
 * the task's own variables when it is created. Users never write them: the forms show
 * them as text.
 */
public final class TaskContexts {

	private TaskContexts() {
	}

	/** A criterion as the experts read it: its name and what it means. */
	public record CriterionText(String name, String description) {
	}

	/**
	 * Before the declaration of conflicts: what names the proposal, never its content.
	 */
	public record DeclarationContext(String title, String acronym, String challenge, String call, String due) {

		Map<String, Object> asVariables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put(EvaluationProcess.VAR_TITLE_LABEL, this.title);
			variables.put(EvaluationProcess.VAR_ACRONYM, this.acronym);
			variables.put(EvaluationProcess.VAR_CHALLENGE, this.challenge);
			variables.put(EvaluationProcess.VAR_CALL, this.call);
			variables.put(EvaluationProcess.VAR_DUE, this.due);
			return variables;
		}

	}

	/** For scoring: the call's criteria and the scoring deadline. */
	public record ScoringContext(List<CriterionText> criteria, String due) {

		Map<String, Object> asVariables() {
			Map<String, Object> variables = criteriaVariables(this.criteria);
			variables.put(EvaluationProcess.VAR_DUE, this.due);
			return variables;
		}

	}

	/**
	 * For the consensus round: the criteria, every expert's scores (shown to the
	 * rapporteur only now), the current draft and the other experts' answers to it.
	 */
	public record ConsensusContext(List<CriterionText> criteria, String individualScores, String draft,
			String answers) {

		Map<String, Object> asVariables() {
			Map<String, Object> variables = criteriaVariables(this.criteria);
			variables.put(EvaluationProcess.VAR_INDIVIDUAL_SCORES, TaskText.fitted(this.individualScores));
			variables.put(EvaluationProcess.VAR_CONSENSUS_DRAFT, TaskText.fitted(this.draft));
			variables.put(EvaluationProcess.VAR_CONSENSUS_ANSWERS, TaskText.fitted(this.answers));
			return variables;
		}

	}

	static Map<String, Object> criteriaVariables(List<CriterionText> criteria) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(EvaluationProcess.VAR_CRITERIA_COUNT, criteria.size());
		for (int i = 0; i < EvaluationProcess.FORM_CRITERIA; i++) {
			CriterionText criterion = (i < criteria.size()) ? criteria.get(i) : null;
			variables.put(EvaluationProcess.VAR_CRITERION_NAME + (i + 1), (criterion != null) ? criterion.name() : "");
			variables.put(EvaluationProcess.VAR_CRITERION_DESCRIPTION + (i + 1),
					(criterion != null) ? criterion.description() : "");
		}
		return variables;
	}

}
