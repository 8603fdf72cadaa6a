package org.opencall.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.springframework.stereotype.Component;

/**
 * A process instance's diagram and the path it took: its model's BPMN XML, the activities
 * it passed through and those it waits in now, by their element ids.
 */
@Component
class ProcessDiagrams {

	private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

	private final RepositoryService repository;

	private final HistoryService history;

	ProcessDiagrams(RepositoryService repository, HistoryService history) {
		this.repository = repository;
		this.history = history;
	}

	Diagram of(HistoricProcessInstance instance) {
		Set<String> taken = new LinkedHashSet<>();
		Set<String> current = new LinkedHashSet<>();
		for (HistoricActivityInstance activity : this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list()) {
			String element = elementOf(activity.getActivityId());
			taken.add(element);
			if (activity.getEndTime() == null && instance.getEndTime() == null) {
				current.add(element);
			}
		}
		return new Diagram(EngineHistory.process(instance), xml(instance.getProcessDefinitionId()), List.copyOf(taken),
				List.copyOf(current));
	}

	private String xml(String definitionId) {
		try (InputStream model = this.repository.getProcessModel(definitionId)) {
			return new String(model.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The model " + definitionId + " could not be read", ex);
		}
	}

	private static String elementOf(String activityId) {
		return activityId.endsWith(MULTI_INSTANCE_BODY)
				? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
	}

	/**
	 * @param xml the model's BPMN 2.0 XML, with its diagram
	 * @param taken the ids of the elements the instance passed through, in order
	 * @param current the ids of those it waits in now
	 */
	record Diagram(TimelineProcess process, String xml, List<String> taken, List<String> current) {
	}

}
