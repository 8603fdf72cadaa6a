package org.opencall.platform.process;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

import org.springframework.stereotype.Component;

/**
 * Starts the process instance about a domain object (its business key) and lets one group
 * read it — e.g. a programme's officers the instances of their programme's calls and
 * submissions — in one engine command, so that both are written in one flush.
 */
@Component
public class InstanceStart {

	private final ProcessEngineConfigurationImpl configuration;

	private final ProcessModels models;

	InstanceStart(ProcessEngine engine, ProcessModels models) {
		this.configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
		this.models = models;
	}

	/** Answers the id of the new instance. */
	public String start(String processKey, String businessKey, Map<String, Object> variables, String readableBy) {
		String definitionId = this.models.latestId(processKey);
		return this.configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
			ProcessInstantiationBuilderImpl instantiation = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
				.createProcessInstanceById(null, definitionId)
				.businessKey(businessKey)
				.setVariables(variables);
			String instanceId = new StartProcessInstanceCmd(instantiation).execute(context).getId();
			AuthorizationEntity reading = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
			reading.setGroupId(readableBy);
			reading.setResource(Resources.PROCESS_INSTANCE);
			reading.setResourceId(instanceId);
			reading.addPermission(Permissions.READ);
			new SaveAuthorizationCmd(reading).execute(context);
			return instanceId;
		});
	}

}
