package org.opencall.platform;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import org.springframework.stereotype.Component;

/**
 * Lets one group read one process instance in Cockpit and through the REST API, e.g. a
 * programme's officers the instances of their programme's calls and submissions.
 */
@Component
public class InstanceReadAccess {

	private final AuthorizationService authorizationService;

	InstanceReadAccess(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	public void grant(String groupId, String processInstanceId) {
		save(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
		save(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
	}

	private void save(String groupId, Resources resource, String resourceId, Permission permission) {
		Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		this.authorizationService.saveAuthorization(authorization);
	}

}
