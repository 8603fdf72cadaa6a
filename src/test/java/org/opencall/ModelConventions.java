package org.opencall;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every deployed process model of Opencall respects (DESIGN.md, "Phases"): it starts
 * from Opencall only, keeps its history for a set time, names its elements readably,
 * carries its diagram, and gives every user task a Camunda Form and the people who work
 * on it.
 */
public final class ModelConventions {

	/** Ids as the Modeler generates them: {@code Activity_0x1y2z3}. */
	private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[0-9a-z]{7}");

	private ModelConventions() {
	}

	public static void assertFollowed(ProcessEngine engine, String processKey) {
		ProcessDefinition definition = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		assertThat(definition).as("deployed process %s", processKey).isNotNull();
		assertThat(definition.isStartableInTasklist()).as("%s is startable in Tasklist", processKey).isFalse();
		assertThat(definition.getHistoryTimeToLive()).as("history time to live of %s", processKey)
			.isNotNull()
			.isPositive();

		BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			assertThat(node.getId()).as("id of %s", node.getName()).doesNotMatch(GENERATED_ID);
			assertThat(model.getModelElementsByType(BpmnShape.class))
				.as("the diagram of %s shows %s", processKey, node.getId())
				.anyMatch((shape) -> shape.getBpmnElement() == node);
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			assertThat(task.getCamundaFormRef()).as("Camunda Form of %s", task.getId()).isNotBlank();
			assertThat(isSet(task.getCamundaCandidateGroups()) || isSet(task.getCamundaCandidateUsers())
					|| isSet(task.getCamundaAssignee()))
				.as("%s has a candidate group, candidate users or an assignee", task.getId())
				.isTrue();
		}
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}

}
