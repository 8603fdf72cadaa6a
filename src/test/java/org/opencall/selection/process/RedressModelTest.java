package org.opencall.selection.process;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.ModelConventions;
import org.opencall.ModelTestEngine;
import org.opencall.RecordingDelegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.opencall.RecordingDelegate.Invocation.executed;
import static org.opencall.selection.process.RedressProcess.END_CONCLUDED;
import static org.opencall.selection.process.RedressProcess.END_REJECTED;
import static org.opencall.selection.process.RedressProcess.EVENT_REEVALUATION_COMPLETED;
import static org.opencall.selection.process.RedressProcess.KEY;
import static org.opencall.selection.process.RedressProcess.MESSAGE_REEVALUATION_COMPLETED;
import static org.opencall.selection.process.RedressProcess.TASK_CONCLUDE;
import static org.opencall.selection.process.RedressProcess.TASK_REVIEW;
import static org.opencall.selection.process.RedressProcess.TASK_START_REEVALUATION;

/**
 * {@code redress} alone on the model tests' engine, the application's beans faked: the
 * review goes to the programme's officers, a claim the domain refuses leaves the task
 * unclaimed, a rejection ends it, an upheld request waits for its own re-evaluation.
 */
class RedressModelTest {

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	private FakeRedress redress;

	private RecordingDelegate claimListener;

	private RecordingDelegate startReevaluation;

	private RecordingDelegate conclude;

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(RedressModelTest.class, "bpmn/redress.bpmn", "forms/review-redress.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@BeforeEach
	void fakeTheApplication() {
		init(this.engine);
		this.redress = new FakeRedress();
		Mocks.register("redress", this.redress);
		RecordingDelegate.registeredAs("taskNamedAfterItsSubject");
		RecordingDelegate.registeredAs("redressContextListener");
		RecordingDelegate.registeredAs("reviewRedressListener");
		this.claimListener = RecordingDelegate.registeredAs("uninvolvedRedressOfficerListener");
		this.startReevaluation = RecordingDelegate.registeredAs("startReevaluationDelegate");
		this.conclude = RecordingDelegate.registeredAs("concludeRedressDelegate");
	}

	@AfterEach
	void resetBeansAndAssertions() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void theModelStartsOnlyFromOpencallAndGivesEveryTaskAFormAndItsPeople() {
		ModelConventions.assertFollowed(this.engine, KEY);
	}

	@Test
	void aRedressRequestWaitsForReviewByTheOfficersOfTheCallsProgramme() {
		ProcessInstance request = filed("healthchain-founding");

		assertThat(request).isWaitingAt(TASK_REVIEW);
		assertThat(ModelTestEngine.candidateGroups(task(request))).containsExactly("programme-healthchain-founding");
		assertThat(this.engine.getFormService().getDeployedTaskForm(task(request).getId())).isNotNull();
	}

	@Test
	void aClaimByAnOfficerWhoTookPartIsRefusedAndTheTaskStaysUnclaimed() {
		ProcessInstance request = filed("healthchain-founding");
		this.claimListener.whenNotified((task) -> {
			if ("olivia".equals(task.getAssignee())) {
				throw new IllegalStateException("olivia took part in the funding decision");
			}
		});
		Task review = task(request);

		assertThatThrownBy(() -> taskService().claim(review.getId(), "olivia")).hasMessageContaining("took part");
		assertThat(task(request)).isNotAssigned();

		taskService().claim(review.getId(), "oscar");
		assertThat(task(request)).isAssignedTo("oscar");
	}

	@Test
	void aRejectedRequestEndsWithoutAReevaluation() {
		ProcessInstance request = filed("healthchain-founding");

		complete(task(request), Map.of("decision", "reject", "reasons", "The scores follow the comments"));

		assertThat(request).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_START_REEVALUATION);
		assertThat(this.startReevaluation.invocations()).isEmpty();
	}

	@Test
	void anUpheldRequestStartsAReevaluationAndConcludesWhenItsOwnReevaluationCompletes() {
		ProcessInstance request = filed("healthchain-founding");
		ProcessInstance other = filed("healthchain-founding");
		this.redress.upheld.add(request.getBusinessKey());
		this.redress.upheld.add(other.getBusinessKey());

		complete(task(request), Map.of("decision", "uphold", "reasons", "One expert ignored the pilot plan"));
		complete(task(other), Map.of("decision", "uphold", "reasons", "One expert ignored the pilot plan"));
		execute(job(request));
		execute(job(other));
		assertThat(this.startReevaluation.invocations())
			.contains(executed(TASK_START_REEVALUATION, request.getBusinessKey()));
		assertThat(request).isWaitingAt(EVENT_REEVALUATION_COMPLETED);

		runtimeService().createMessageCorrelation(MESSAGE_REEVALUATION_COMPLETED)
			.processInstanceBusinessKey(request.getBusinessKey())
			.correlateAll();
		execute(job(request));

		assertThat(this.conclude.invocations()).containsExactly(executed(TASK_CONCLUDE, request.getBusinessKey()));
		assertThat(request).isEnded().hasPassed(END_CONCLUDED);
		assertThat(other).isWaitingAt(EVENT_REEVALUATION_COMPLETED);
	}

	private ProcessInstance filed(String programme) {
		String reference = "HC-" + UUID.randomUUID().toString().substring(0, 8) + "-0001";
		this.redress.programmes.put(reference, programme);
		return runtimeService().startProcessInstanceByKey(KEY, reference, Map.of("submissionReference", reference));
	}

	/** Stands in for {@code ${redress}}: what the domain says of each request. */
	public static class FakeRedress {

		final Map<String, String> programmes = new HashMap<>();

		final Set<String> upheld = new HashSet<>();

		public String officers(DelegateExecution execution) {
			return "programme-" + this.programmes.get(execution.getProcessBusinessKey());
		}

		public boolean isUpheld(DelegateExecution execution) {
			return this.upheld.contains(execution.getProcessBusinessKey());
		}

	}

}
