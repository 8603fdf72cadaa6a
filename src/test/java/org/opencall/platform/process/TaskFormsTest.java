package org.opencall.platform.process;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.process.TaskForm.SubmittedVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a completion may carry: the editable fields of the task's Camunda Form, its
 * context fields unchanged, every required field, and only plain values.
 */
class TaskFormsTest {

	private final TaskForms forms = new TaskForms(new ObjectMapper());

	@Test
	void everyFormOfTheModelsIsReadWithItsEditableContextAndRequiredFields() {
		TaskForm review = this.forms.form("review-call").orElseThrow();
		assertThat(review.editable()).containsExactlyInAnyOrder("decision", "comment");
		assertThat(review.shown()).contains("callReference", "callTitle", "callBudget", "callMaximumGrant",
				"callOpening", "callDeadline", "callEvaluators", "callCriteria", "callEligibility");
		assertThat(review.required()).containsExactly("decision");
		TaskForm triage = this.forms.form("triage-need").orElseThrow();
		assertThat(triage.editable()).contains("decision", "reason", "question", "duplicateOf");
		assertThat(triage.required()).containsExactly("decision");
	}

	@Test
	void aCommentShownOnlyForSomeDecisionsIsLeftToTheUseCaseNotRequiredByTheGuard() {
		assertThat(this.forms.form("review-call").orElseThrow().required()).doesNotContain("comment");
		TaskForm admissibility = this.forms.form("check-admissibility").orElseThrow();
		assertThat(admissibility.editable()).containsExactlyInAnyOrder("decision", "comment");
		assertThat(admissibility.shown()).contains("submissionReference", "callReference", "eligibilityFindings");
		assertThat(admissibility.required()).containsExactly("decision");
	}

	@Test
	void aCompletionThatChangesTheCallsTermsIsRefused() {
		TaskForm review = this.forms.form("review-call").orElseThrow();
		assertThat(review.refusals(Map.of("decision", plain("approve"), "callBudget", plain("€1")),
				(name) -> "callBudget".equals(name) ? "€250,000" : null))
			.extracting(FieldViolation::field)
			.containsExactly("callBudget");
	}

	@Test
	void aCompletionWithTheFormsFieldsPasses() {
		TaskForm review = this.forms.form("review-call").orElseThrow();
		assertThat(review.refusals(
				Map.of("decision", plain("approve"), "comment", plain(""), "callReference", plain("HC-1")),
				(name) -> "callReference".equals(name) ? "HC-1" : null))
			.isEmpty();
	}

	@Test
	void foreignChangedMissingAndSerializedVariablesAreEachRefusedByName() {
		TaskForm review = this.forms.form("review-call").orElseThrow();
		assertThat(review.refusals(Map.of("decision", plain("approve"), "callId", plain("x")), (name) -> null))
			.extracting(FieldViolation::field)
			.containsExactly("callId");
		assertThat(
				review.refusals(Map.of("decision", plain("approve"), "callReference", plain("HC-2")), (name) -> "HC-1"))
			.extracting(FieldViolation::reason)
			.containsExactly("is shown for information and cannot be changed");
		assertThat(review.refusals(Map.of("comment", plain("ok")), (name) -> null)).extracting(FieldViolation::field)
			.containsExactly("decision");
		assertThat(review.refusals(Map.of("decision", new SubmittedVariable("rO0AB", "Object")), (name) -> null))
			.extracting(FieldViolation::field)
			.containsExactly("decision");
	}

	private static SubmittedVariable plain(String value) {
		return new SubmittedVariable(value, null);
	}

}
