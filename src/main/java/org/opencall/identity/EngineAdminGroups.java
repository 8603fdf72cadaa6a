package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Makes the {@value Roles#ADMINS} group the engine's administrators: they pass every
 * authorization check and administer users, groups and the engine.
 */
@Component
class EngineAdminGroups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<String> adminGroups = new ArrayList<>();
		if (configuration.getAdminGroups() != null) {
			adminGroups.addAll(configuration.getAdminGroups());
		}
		adminGroups.add(Roles.ADMINS);
		configuration.setAdminGroups(adminGroups);
	}

}
