package org.opencall.platform.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.stereotype.Component;

/**
 * The latest deployed version of each process model, looked up once a few seconds rather
 * than at every start: starting by id spares the engine a query per instance on busy
 * paths such as the submission deadline rush. A model deployed meanwhile is started from
 * its next lookup on.
 */
@Component
public class ProcessModels {

	private static final Duration KEPT_FOR = Duration.ofSeconds(10);

	private final RepositoryService repositoryService;

	private final Map<String, Latest> latest = new ConcurrentHashMap<>();

	ProcessModels(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	/** The id of the latest version of the model with this key. */
	public String latestId(String key) {
		Instant now = Clock.systemUTC().instant();
		Latest known = this.latest.get(key);
		if (known != null && known.until().isAfter(now)) {
			return known.id();
		}
		ProcessDefinition definition = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult();
		if (definition == null) {
			throw new IllegalStateException("No process model " + key + " is deployed");
		}
		this.latest.put(key, new Latest(definition.getId(), now.plus(KEPT_FOR)));
		return definition.getId();
	}

	private record Latest(String id, Instant until) {
	}

}
