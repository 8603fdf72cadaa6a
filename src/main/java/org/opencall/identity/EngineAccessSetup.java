package org.opencall.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the engine ready for its users at every start, idempotently: one group per role,
 * what each role may open and read, and the Tasklist filters everyone can use (Tasklist
 * opens on the one of lowest priority).
 */
@Component
class EngineAccessSetup {

	/**
	 * Where Tasklist opens: the user's own tasks and those their groups may claim, so
	 * that a newcomer does not have to guess which filter holds their work.
	 */
	static final String MY_WORK = "My work";

	static final String MY_TASKS = "My tasks";

	static final String MY_GROUPS_TASKS = "My group's tasks";

	private static final String ALL = "*";

	private static final List<String> COCKPIT_USERS = List.of(Roles.PROGRAMME_OFFICERS, Roles.PROJECT_OFFICERS,
			Roles.AUDITORS);

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	private final TaskService taskService;

	EngineAccessSetup(IdentityService identityService, AuthorizationService authorizationService,
			FilterService filterService, TaskService taskService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void prepareEngine() {
		Roles.ALL.forEach((role) -> ensureGroup(role.groupId(), role.name(), "ROLE"));
		ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
		// a candidate group matches unclaimed tasks only, so this is: mine, or free for
		// a group of mine
		String myWork = ensureFilter(MY_WORK, "Tasks assigned to me and unclaimed tasks for my groups", -20,
				this.taskService.createTaskQuery()
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.endOr());
		String myTasks = ensureFilter(MY_TASKS, "Tasks assigned to me", -10,
				this.taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		String groupTasks = ensureFilter(MY_GROUPS_TASKS, "Unclaimed tasks for my groups", -5,
				this.taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.taskUnassigned());
		for (Roles.Role role : Roles.ALL) {
			grant(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(role.groupId(), Resources.FILTER, myWork, Permissions.READ);
			grant(role.groupId(), Resources.FILTER, myTasks, Permissions.READ);
			grant(role.groupId(), Resources.FILTER, groupTasks, Permissions.READ);
		}
		COCKPIT_USERS.forEach((group) -> grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
		grantAdministratorsEverything();
		grantOfficersTheirProcesses();
		grantAuditorsReadingEverything();
	}

	/**
	 * What Camunda's first-run setup grants its admin group: every permission on every
	 * resource. The webapps ask for it explicitly (e.g. to open Admin).
	 */
	private void grantAdministratorsEverything() {
		for (Resources resource : Resources.values()) {
			grant(Roles.ADMINS, resource, ALL, Permissions.ALL);
		}
	}

	/**
	 * Officers see the process models in Cockpit; instances of calls and submissions only
	 * of their programmes (granted per instance when it starts); needs are shared by all
	 * programmes, so their instances are readable by every programme officer.
	 */
	private void grantOfficersTheirProcesses() {
		grant(Roles.PROGRAMME_OFFICERS, Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
		grant(Roles.PROJECT_OFFICERS, Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
		grant(Roles.PROGRAMME_OFFICERS, Resources.PROCESS_DEFINITION, "needs-identification", Permissions.READ,
				Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
	}

	/** Auditors read all process data and history, and change nothing. */
	private void grantAuditorsReadingEverything() {
		String auditors = Roles.AUDITORS;
		grant(auditors, Resources.PROCESS_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY,
				Permissions.READ_INSTANCE, Permissions.READ_TASK);
		grant(auditors, Resources.PROCESS_INSTANCE, ALL, Permissions.READ);
		grant(auditors, Resources.TASK, ALL, Permissions.READ);
		grant(auditors, Resources.DEPLOYMENT, ALL, Permissions.READ);
		grant(auditors, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
		grant(auditors, Resources.DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ);
		grant(auditors, Resources.HISTORIC_TASK, ALL, HistoricTaskPermissions.READ);
		grant(auditors, Resources.HISTORIC_PROCESS_INSTANCE, ALL, HistoricProcessInstancePermissions.READ);
	}

	void ensureGroup(String id, String name, String type) {
		if (this.identityService.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = this.identityService.newGroup(id);
		group.setName(name);
		group.setType(type);
		this.identityService.saveGroup(group);
	}

	private String ensureFilter(String name, String description, int priority, TaskQuery query) {
		Filter existing = this.filterService.createFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			return existing.getId();
		}
		Filter filter = this.filterService.newTaskFilter(name);
		filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
		filter.setQuery(query);
		return this.filterService.saveFilter(filter).getId();
	}

	void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		boolean exists = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (exists) {
			return;
		}
		Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizationService.saveAuthorization(authorization);
	}

}
