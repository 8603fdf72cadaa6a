package org.opencall.identity;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production installation, from the settings: the engine
 * creates the user named by {@code camunda.bpm.admin-user.id} (with its password, in its
 * own {@code camunda-admin} group) when it does not exist, and this makes them a member
 * of Opencall's {@value Roles#ADMINS}, which is what Opencall's pages and APIs check. At
 * every start, idempotently, as long as the setting names them; without it (the demo
 * included, whose {@code admin} is in the cast) nothing happens.
 */
@Component
class FirstAdministrator {

	private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

	private final IdentityService identityService;

	private final String userId;

	FirstAdministrator(IdentityService identityService, @Value("${camunda.bpm.admin-user.id:}") String userId) {
		this.identityService = identityService;
		this.userId = userId;
	}

	/** After the groups exist ({@link EngineAccessSetup}). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void makeAdministrator() {
		if (this.userId.isBlank() || this.identityService.createUserQuery().userId(this.userId).count() == 0) {
			return;
		}
		if (this.identityService.createUserQuery().userId(this.userId).memberOfGroup(Roles.ADMINS).count() == 0) {
			this.identityService.createMembership(this.userId, Roles.ADMINS);
			LOG.info("User '{}' (camunda.bpm.admin-user.id) is now a member of '{}'", this.userId, Roles.ADMINS);
		}
	}

}
