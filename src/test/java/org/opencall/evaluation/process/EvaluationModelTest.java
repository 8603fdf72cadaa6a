package org.opencall.evaluation.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.opencall.ModelConventions;
import org.opencall.ModelTestEngine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.evaluation.process.EvaluationProcess.END_SLOT_SCORED;
import static org.opencall.evaluation.process.EvaluationProcess.END_SLOT_VACANT;
import static org.opencall.evaluation.process.EvaluationProcess.EVENT_DECLARATION_DUE;
import static org.opencall.evaluation.process.EvaluationProcess.EVENT_SCORING_OVERDUE;
import static org.opencall.evaluation.process.EvaluationProcess.EVENT_SCORING_REMINDER;
import static org.opencall.evaluation.process.EvaluationProcess.KEY;
import static org.opencall.evaluation.process.EvaluationProcess.SUBPROCESS_EXPERT_SLOT;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_AGREE_CONSENSUS;
import static org.opencall.evaluation.process.EvaluationProcess.TASK_HAND_SLOT_OVER;

/**
 * {@code evaluation} as a model on the model tests' engine: its conventions, and that its
 * slots, experts, due dates and decisions are read from the domain, not from variables.
 */
class EvaluationModelTest {

	private static Deployment deployment;

	private final ProcessEngine engine = ModelTestEngine.engine();

	@BeforeAll
	static void deploy() {
		deployment = ModelTestEngine.deploy(EvaluationModelTest.class, "bpmn/evaluation.bpmn", "bpmn/consensus.dmn",
				"forms/declare-conflicts.form", "forms/score-submission.form", "forms/draft-consensus.form",
				"forms/agree-consensus.form", "forms/approve-consensus.form");
	}

	@AfterAll
	static void undeploy() {
		ModelTestEngine.undeploy(deployment);
	}

	@Test
	void theModelStartsOnlyFromOpencallAndGivesEveryTaskAFormAndItsPeople() {
		ModelConventions.assertFollowed(this.engine, KEY);
	}

	@Test
	void everyExpressionOfTheModelAsksTheDomainOrAnOpencallBean() {
		BpmnModelInstance model = model();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String people = (task.getCamundaAssignee() != null) ? task.getCamundaAssignee()
					: task.getCamundaCandidateGroups();
			assertThat(people).as("who works on %s", task.getId()).startsWith("${evaluationLifecycle.");
		}
		SubProcess slots = model.getModelElementById(SUBPROCESS_EXPERT_SLOT);
		assertThat(slots.getChildElementsByType(MultiInstanceLoopCharacteristics.class)).singleElement()
			.satisfies((loop) -> assertThat(loop.getLoopCardinality().getTextContent())
				.isEqualTo("${evaluationLifecycle.slots(execution)}"))
			.satisfies((loop) -> assertThat(loop.getCamundaCollection()).as("no list in a variable").isNull());
		UserTask agree = model.getModelElementById(TASK_AGREE_CONSENSUS);
		assertThat(agree.getLoopCharacteristics()).isInstanceOf(MultiInstanceLoopCharacteristics.class);
	}

	@Test
	void aMissedDeclarationInterruptsItsTaskWhileTheReminderAndTheEscalationLetScoringGoOn() {
		BpmnModelInstance model = model();
		BoundaryEvent declaration = model.getModelElementById(EVENT_DECLARATION_DUE);
		BoundaryEvent reminder = model.getModelElementById(EVENT_SCORING_REMINDER);
		BoundaryEvent overdue = model.getModelElementById(EVENT_SCORING_OVERDUE);

		assertThat(declaration.cancelActivity()).isTrue();
		assertThat(reminder.cancelActivity()).isFalse();
		assertThat(overdue.cancelActivity()).isFalse();
	}

	@Test
	void anExpertsDeclarationIsKeptWhateverTheHandOverDoesAndSlotsAreJoinedByRetriedJobs() {
		BpmnModelInstance model = model();

		assertThat(model.<ServiceTask>getModelElementById(TASK_HAND_SLOT_OVER).isCamundaAsyncBefore()).isTrue();
		assertThat(model.<EndEvent>getModelElementById(END_SLOT_SCORED).isCamundaAsyncBefore()).isTrue();
		assertThat(model.<EndEvent>getModelElementById(END_SLOT_VACANT).isCamundaAsyncBefore()).isTrue();
	}

	private BpmnModelInstance model() {
		String id = this.engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(KEY)
			.latestVersion()
			.singleResult()
			.getId();
		return this.engine.getRepositoryService().getBpmnModelInstance(id);
	}

}
