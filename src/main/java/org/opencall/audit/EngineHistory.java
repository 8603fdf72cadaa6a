package org.opencall.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.stereotype.Component;

/**
 * The history the engine keeps of the process about one subject, as entries a person can
 * read: the process started and ended, each task waiting for its group, claimed and
 * completed by a named person with the values they entered, what the engine's clock and
 * Opencall did on their own, comments and incidents. Engine ids and internal variables
 * stay out; values set by a person completing a task are shown as they entered them.
 */
@Component
class EngineHistory {

	static final String OPENCALL = "Opencall";

	static final String CLOCK = "The engine's clock";

	private static final Set<String> OWN_TASK_OPERATIONS = Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
			UserOperationLogEntry.OPERATION_TYPE_CREATE);

	private static final int LONGEST_VALUE = 500;

	private final HistoryService history;

	private final TaskService tasks;

	private final IdentityService identity;

	EngineHistory(HistoryService history, TaskService tasks, IdentityService identity) {
		this.history = history;
		this.tasks = tasks;
		this.identity = identity;
	}

	/**
	 * Everything the engine recorded about the subject, oldest first.
	 * @param names a person's name for a user id
	 */
	List<TimelineEntry> of(AuditSubject subject, String reference, Function<String, String> names) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (HistoricProcessInstance instance : this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(subject.processKey())
			.processInstanceBusinessKey(reference)
			.orderByProcessInstanceStartTime()
			.asc()
			.list()) {
			new InstanceHistory(instance, names, entries).read();
		}
		entries.sort(Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::order));
		return entries;
	}

	/** One process instance's history, read with one query per kind of record. */
	private final class InstanceHistory {

		private final HistoricProcessInstance instance;

		private final Function<String, String> names;

		private final List<TimelineEntry> entries;

		private final Map<String, HistoricTaskInstance> tasksById = new HashMap<>();

		private final Map<String, UserOperationLogEntry> completions = new HashMap<>();

		private final Map<String, List<HistoricVariableUpdate>> valuesByOperation;

		private long order;

		InstanceHistory(HistoricProcessInstance instance, Function<String, String> names, List<TimelineEntry> entries) {
			this.instance = instance;
			this.names = names;
			this.entries = entries;
			this.valuesByOperation = EngineHistory.this.history.createHistoricDetailQuery()
				.processInstanceId(instance.getId())
				.variableUpdates()
				.disableBinaryFetching()
				.disableCustomObjectDeserialization()
				.orderPartiallyByOccurrence()
				.asc()
				.list()
				.stream()
				.filter((detail) -> detail.getUserOperationId() != null)
				.map(HistoricVariableUpdate.class::cast)
				.collect(Collectors.groupingBy(HistoricDetail::getUserOperationId));
		}

		void read() {
			add(this.instance.getStartTime(), actor(this.instance.getStartUserId(), OPENCALL),
					"Started: " + this.instance.getProcessDefinitionName(), List.of());
			EngineHistory.this.history.createHistoricTaskInstanceQuery()
				.processInstanceId(this.instance.getId())
				.list()
				.forEach((task) -> this.tasksById.put(task.getId(), task));
			List<UserOperationLogEntry> operations = EngineHistory.this.history.createUserOperationLogQuery()
				.processInstanceId(this.instance.getId())
				.orderByTimestamp()
				.asc()
				.list();
			operations.stream()
				.filter((operation) -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE
					.equals(operation.getOperationType()))
				.filter((operation) -> operation.getTaskId() != null)
				.forEach((operation) -> this.completions.putIfAbsent(operation.getTaskId(), operation));
			for (HistoricActivityInstance activity : EngineHistory.this.history.createHistoricActivityInstanceQuery()
				.processInstanceId(this.instance.getId())
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.orderPartiallyByOccurrence()
				.asc()
				.list()) {
				activity(activity);
			}
			operations.forEach(this::operation);
			for (Comment comment : EngineHistory.this.tasks.getProcessInstanceComments(this.instance.getId())) {
				add(comment.getTime(), actor(comment.getUserId(), OPENCALL), "Comment" + onTask(comment.getTaskId()),
						List.of(abbreviated(comment.getFullMessage())));
			}
			for (HistoricIncident incident : EngineHistory.this.history.createHistoricIncidentQuery()
				.processInstanceId(this.instance.getId())
				.list()) {
				add(incident.getCreateTime(), "The engine", "Incident at " + incident.getActivityId(),
						List.of(abbreviated(String.valueOf(incident.getIncidentMessage()))));
				if (incident.getEndTime() != null) {
					add(incident.getEndTime(), "The engine",
							(incident.isResolved() ? "Incident resolved at " : "Incident closed at ")
									+ incident.getActivityId(),
							List.of());
				}
			}
			if (this.instance.getEndTime() != null) {
				String reason = this.instance.getDeleteReason();
				add(this.instance.getEndTime(), OPENCALL, (reason != null) ? "Cancelled" : "Ended",
						(reason != null) ? List.of(abbreviated(reason)) : List.of());
			}
		}

		private void activity(HistoricActivityInstance activity) {
			String name = activity.getActivityName();
			String type = activity.getActivityType();
			if ("userTask".equals(type)) {
				userTask(activity);
			}
			else if (name != null && activity.getEndTime() != null && !type.endsWith("Gateway")
					&& !"startEvent".equals(type)) {
				boolean timer = type.toLowerCase().contains("timer");
				add(activity.getEndTime(), timer ? CLOCK : OPENCALL, name, List.of());
			}
		}

		private void userTask(HistoricActivityInstance activity) {
			HistoricTaskInstance task = this.tasksById.get(activity.getTaskId());
			String name = (task != null && task.getName() != null) ? task.getName() : activity.getActivityName();
			add(activity.getStartTime(), OPENCALL, name + ": waiting", candidates(activity.getTaskId()));
			if (activity.getEndTime() == null) {
				return;
			}
			UserOperationLogEntry completion = this.completions.get(activity.getTaskId());
			if (completion != null) {
				add(activity.getEndTime(), actor(completion.getUserId(), OPENCALL), name + ": completed",
						values(completion.getOperationId()));
			}
			else if (activity.isCanceled()) {
				add(activity.getEndTime(), OPENCALL, name + ": cancelled",
						(task != null && task.getDeleteReason() != null) ? List.of(task.getDeleteReason()) : List.of());
			}
			else {
				add(activity.getEndTime(), actor(activity.getAssignee(), OPENCALL), name + ": completed", List.of());
			}
		}

		private List<String> candidates(String taskId) {
			if (taskId == null) {
				return List.of();
			}
			List<String> groups = EngineHistory.this.history.createHistoricIdentityLinkLogQuery()
				.taskId(taskId)
				.type(IdentityLinkType.CANDIDATE)
				.list()
				.stream()
				.map(HistoricIdentityLinkLog::getGroupId)
				.filter((group) -> group != null)
				.distinct()
				.toList();
			return groups.isEmpty() ? List.of()
					: List.of("For: " + String.join(", ", groups.stream().map(this::groupName).toList()));
		}

		private String groupName(String groupId) {
			Group group = EngineHistory.this.identity.createGroupQuery().groupId(groupId).singleResult();
			return (group != null && group.getName() != null) ? group.getName() : groupId;
		}

		private void operation(UserOperationLogEntry operation) {
			if (operation.getTaskId() != null && OWN_TASK_OPERATIONS.contains(operation.getOperationType())) {
				return;
			}
			if (operation.getTaskId() == null
					&& UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(operation.getOperationType())) {
				return;
			}
			List<String> details = new ArrayList<>();
			if (operation.getProperty() != null && operation.getNewValue() != null) {
				details.add(operation.getProperty() + ": " + abbreviated(operation.getNewValue()));
			}
			add(operation.getTimestamp(), actor(operation.getUserId(), OPENCALL),
					operation.getOperationType() + onTask(operation.getTaskId()), details);
		}

		private List<String> values(String operationId) {
			return this.valuesByOperation.getOrDefault(operationId, List.of())
				.stream()
				.filter((update) -> update.getValue() != null && !update.getValue().toString().isBlank())
				.map((update) -> update.getVariableName() + ": " + shown(update.getValue()))
				.toList();
		}

		private String onTask(String taskId) {
			HistoricTaskInstance task = (taskId != null) ? this.tasksById.get(taskId) : null;
			return (task != null) ? " on " + task.getName() : "";
		}

		private String actor(String userId, String nobody) {
			return (userId != null) ? this.names.apply(userId) : nobody;
		}

		private void add(Date at, String actor, String event, List<String> details) {
			if (at != null) {
				this.entries.add(new TimelineEntry(at.toInstant(), this.order++, actor, event, details));
			}
		}

	}

	private static String shown(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		return abbreviated(String.valueOf(value));
	}

	private static String abbreviated(String text) {
		return (text.length() > LONGEST_VALUE) ? text.substring(0, LONGEST_VALUE) + "…" : text;
	}

}
