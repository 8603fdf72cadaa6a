package org.opencall.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production installation, from the settings: the engine
 * creates the user named by {@code camunda.bpm.admin-user.id} (with its password, in its
 * own {@code camunda-admin} group) when it does not exist, and this makes them a member
 * of Opencall's {@value Roles#ADMINS}, which is what Opencall's pages and APIs check. At
 * every start, idempotently, as long as the setting names them; without it (the demo
 * included, whose {@code admin} is in the cast) nothing happens. Done once the engine is
 * built, after the engine's own first-user step and before the application takes any
 * request, so that the administrator's first login already has the role.
 */
@Component
class FirstAdministrator extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

	private final String userId;

	FirstAdministrator(@Value("${camunda.bpm.admin-user.id:}") String userId) {
		this.userId = userId;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identities = engine.getIdentityService();
		if (this.userId.isBlank() || identities.createUserQuery().userId(this.userId).count() == 0) {
			return;
		}
		if (identities.createGroupQuery().groupId(Roles.ADMINS).count() == 0) {
			Roles.ALL.stream().filter((role) -> role.groupId().equals(Roles.ADMINS)).findFirst().ifPresent((role) -> {
				Group group = identities.newGroup(role.groupId());
				group.setName(role.name());
				group.setType("ROLE");
				identities.saveGroup(group);
			});
		}
		if (identities.createUserQuery().userId(this.userId).memberOfGroup(Roles.ADMINS).count() == 0) {
			identities.createMembership(this.userId, Roles.ADMINS);
			LOG.info("User '{}' (camunda.bpm.admin-user.id) is now a member of '{}'", this.userId, Roles.ADMINS);
		}
	}

}
