package org.opencall.platform.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of {@code forms/}, the ones the engine deploys, read once: which
 * fields each lets a user submit when completing a task.
 */
@Component
public class TaskForms {

	private static final String LOCATION = "classpath*:forms/*.form";

	private final Map<String, TaskForm> forms;

	TaskForms(ObjectMapper json) {
		this.forms = read(json);
	}

	/** The form with this id (a user task's {@code camunda:formRef}). */
	public Optional<TaskForm> form(String id) {
		return Optional.ofNullable(this.forms.get(id));
	}

	private static Map<String, TaskForm> read(ObjectMapper json) {
		Map<String, TaskForm> forms = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					TaskForm form = toForm(json.readTree(in));
					forms.put(form.id(), form);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the task forms", ex);
		}
		return Map.copyOf(forms);
	}

	static TaskForm toForm(JsonNode schema) {
		Set<String> editable = new HashSet<>();
		Set<String> shown = new HashSet<>();
		Set<String> required = new HashSet<>();
		collect(schema.path("components"), editable, shown, required);
		return new TaskForm(schema.path("id").asText(), editable, shown, required);
	}

	private static void collect(JsonNode components, Set<String> editable, Set<String> shown, Set<String> required) {
		for (JsonNode component : components) {
			String key = component.path("key").asText(null);
			if (key != null) {
				if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)) {
					shown.add(key);
				}
				else {
					editable.add(key);
					// a field hidden by a condition is not required while it is hidden
					if (component.path("validate").path("required").asBoolean(false)
							&& component.path("conditional").isMissingNode()) {
						required.add(key);
					}
				}
			}
			collect(component.path("components"), editable, shown, required);
		}
	}

}
