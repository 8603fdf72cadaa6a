package org.opencall.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Comment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history the engine keeps of the processes about one subject, as entries a person
 * can read: each process started and ended, each task waiting for its group, claimed and
 * completed by a named person with the values they entered, what the engine's clock and
 * Opencall did on their own, the variables Opencall set, comments, incidents and user
 * operations. Engine ids and the engine's own bookkeeping variables stay out. One query
 * per kind of history and instance, and one for the candidate groups of every task.
 */
@Component
class EngineHistory {

	static final String OPENCALL = "Opencall";

	static final String CLOCK = "The engine's clock";

	static final String ENGINE = "The engine";

	private static final Set<String> OWN_TASK_OPERATIONS = Set.of(UserOperationLogEntry.OPERATION_TYPE_COMPLETE,
			UserOperationLogEntry.OPERATION_TYPE_CREATE);

	private static final int LONGEST_VALUE = 500;

	private final HistoryService history;

	private final TaskService tasks;

	private final IdentityService identity;

	private final JdbcClient jdbc;

	EngineHistory(HistoryService history, TaskService tasks, IdentityService identity, JdbcClient jdbc) {
		this.history = history;
		this.tasks = tasks;
		this.identity = identity;
		this.jdbc = jdbc;
	}

	/**
	 * Everything the engine recorded about these instances, in the order recorded.
	 * @param names a person's name for a user id
	 */
	List<TimelineEntry> of(List<HistoricProcessInstance> instances, Function<String, String> names) {
		List<TimelineEntry> entries = new ArrayList<>();
		if (instances.isEmpty()) {
			return entries;
		}
		Map<String, List<String>> candidates = candidateGroups(instances);
		long order = 0;
		for (HistoricProcessInstance instance : instances) {
			InstanceHistory read = new InstanceHistory(instance, names, candidates, entries, order);
			read.read();
			order = read.order;
		}
		return entries;
	}

	/** The process as a timeline names it. */
	static TimelineProcess process(HistoricProcessInstance instance) {
		String name = (instance.getProcessDefinitionName() != null) ? instance.getProcessDefinitionName()
				: instance.getProcessDefinitionKey();
		return new TimelineProcess(instance.getId(), instance.getProcessDefinitionKey(), name,
				instance.getBusinessKey(), instance.getStartTime().toInstant(),
				(instance.getEndTime() != null) ? instance.getEndTime().toInstant() : null);
	}

	/**
	 * The names of the groups each task of these instances waited for, by task id. The
	 * engine's API reads candidates one task at a time; its table keeps the instance
	 * (each of ours is its own root), so one query reads them all.
	 */
	private Map<String, List<String>> candidateGroups(List<HistoricProcessInstance> instances) {
		Map<String, Set<String>> groupsByTask = new HashMap<>();
		this.jdbc.sql("""
				select task_id_, group_id_ from act_hi_identitylink
				where root_proc_inst_id_ in (:instances) and type_ = 'candidate' and operation_type_ = 'add'
				  and group_id_ is not null and task_id_ is not null
				""")
			.param("instances",
					instances.stream()
						.map((instance) -> (instance.getRootProcessInstanceId() != null)
								? instance.getRootProcessInstanceId() : instance.getId())
						.toList())
			.query((row, number) -> Map.entry(row.getString(1), row.getString(2)))
			.list()
			.forEach((link) -> groupsByTask.computeIfAbsent(link.getKey(), (task) -> new TreeSet<>())
				.add(link.getValue()));
		Set<String> groupIds = groupsByTask.values()
			.stream()
			.flatMap(Set::stream)
			.collect(Collectors.toCollection(TreeSet::new));
		Map<String, String> groupNames = new HashMap<>();
		if (!groupIds.isEmpty()) {
			for (Group group : this.identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
				groupNames.put(group.getId(), (group.getName() != null) ? group.getName() : group.getId());
			}
		}
		Map<String, List<String>> named = new HashMap<>();
		groupsByTask.forEach((task, groups) -> named.put(task,
				groups.stream().map((group) -> groupNames.getOrDefault(group, group)).toList()));
		return named;
	}

	/** One process instance's history, read with one query per kind of record. */
	private final class InstanceHistory {

		private final HistoricProcessInstance instance;

		private final TimelineProcess process;

		private final Function<String, String> names;

		private final Map<String, List<String>> candidates;

		private final List<TimelineEntry> entries;

		private final Map<String, HistoricTaskInstance> tasksById = new HashMap<>();

		private final Map<String, UserOperationLogEntry> completions = new HashMap<>();

		private final Map<String, List<HistoricVariableUpdate>> valuesByOperation = new LinkedHashMap<>();

		private final List<HistoricVariableUpdate> setByOpencall = new ArrayList<>();

		private long order;

		InstanceHistory(HistoricProcessInstance instance, Function<String, String> names,
				Map<String, List<String>> candidates, List<TimelineEntry> entries, long order) {
			this.instance = instance;
			this.process = process(instance);
			this.names = names;
			this.candidates = candidates;
			this.entries = entries;
			this.order = order;
		}

		void read() {
			add("p-" + this.instance.getId(), this.instance.getStartTime(), this.instance.getStartUserId(), "process",
					"Started: " + this.process.name(), List.of());
			for (HistoricDetail detail : EngineHistory.this.history.createHistoricDetailQuery()
				.processInstanceId(this.instance.getId())
				.variableUpdates()
				.disableBinaryFetching()
				.disableCustomObjectDeserialization()
				.orderPartiallyByOccurrence()
				.asc()
				.list()) {
				HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
				if (update.getUserOperationId() != null) {
					this.valuesByOperation.computeIfAbsent(update.getUserOperationId(), (id) -> new ArrayList<>())
						.add(update);
				}
				else if (setByOpencall(update)) {
					this.setByOpencall.add(update);
				}
			}
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
			this.setByOpencall.forEach(this::variable);
			operations.forEach(this::operation);
			for (Comment comment : EngineHistory.this.tasks.getProcessInstanceComments(this.instance.getId())) {
				add("c-" + comment.getId(), comment.getTime(), comment.getUserId(), "comment",
						"Comment" + onTask(comment.getTaskId()), List.of(abbreviated(comment.getFullMessage())));
			}
			for (HistoricIncident incident : EngineHistory.this.history.createHistoricIncidentQuery()
				.processInstanceId(this.instance.getId())
				.list()) {
				add("i-" + incident.getId(), incident.getCreateTime(), ENGINE, "incident",
						"Incident at " + activityName(incident.getActivityId()),
						List.of(abbreviated(String.valueOf(incident.getIncidentMessage()))));
				if (incident.getEndTime() != null) {
					add("i-" + incident.getId() + "-end", incident.getEndTime(), ENGINE, "incident",
							(incident.isResolved() ? "Incident resolved at " : "Incident closed at ")
									+ activityName(incident.getActivityId()),
							List.of());
				}
			}
			if (this.instance.getEndTime() != null) {
				String reason = this.instance.getDeleteReason();
				add("p-" + this.instance.getId() + "-end", this.instance.getEndTime(), null, "process",
						((reason != null) ? "Cancelled: " : "Ended: ") + this.process.name(),
						(reason != null) ? List.of(abbreviated(reason)) : List.of());
			}
		}

		/**
		 * A value Opencall set on the process while it ran: not one given at the start
		 * (the subject's ids), nor the context a task's form shows (local to the task or
		 * its activity), nor the engine's own counters of a multi-instance activity.
		 */
		private boolean setByOpencall(HistoricVariableUpdate update) {
			String name = update.getVariableName();
			boolean atStart = update.getRevision() == 0 && update.getTime() != null
					&& !update.getTime().after(this.instance.getStartTime());
			boolean ofTheProcess = update.getTaskId() == null
					&& this.instance.getId().equals(update.getActivityInstanceId());
			return ofTheProcess && !atStart && !name.startsWith("nrOf") && !"loopCounter".equals(name)
					&& update.getValue() != null && !update.getValue().toString().isBlank();
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
				add("a-" + activity.getId(), activity.getEndTime(), timer ? CLOCK : OPENCALL,
						timer ? "timer" : "activity", name, List.of());
			}
		}

		private void userTask(HistoricActivityInstance activity) {
			HistoricTaskInstance task = this.tasksById.get(activity.getTaskId());
			String name = (task != null && task.getName() != null) ? task.getName() : activity.getActivityName();
			List<String> groups = (activity.getTaskId() != null)
					? this.candidates.getOrDefault(activity.getTaskId(), List.of()) : List.of();
			add("t-" + activity.getId(), activity.getStartTime(), OPENCALL, "task", name + ": waiting",
					groups.isEmpty() ? List.of() : List.of("For: " + String.join(", ", groups)));
			if (activity.getEndTime() == null) {
				return;
			}
			UserOperationLogEntry completion = this.completions.get(activity.getTaskId());
			String id = "t-" + activity.getId() + "-end";
			if (completion != null) {
				add(id, activity.getEndTime(), completion.getUserId(), "task", name + ": completed",
						values(completion.getOperationId()));
			}
			else if (activity.isCanceled()) {
				add(id, activity.getEndTime(), OPENCALL, "task", name + ": cancelled",
						(task != null && task.getDeleteReason() != null) ? List.of(task.getDeleteReason()) : List.of());
			}
			else {
				add(id, activity.getEndTime(), activity.getAssignee(), "task", name + ": completed", List.of());
			}
		}

		private void variable(HistoricVariableUpdate update) {
			add("v-" + update.getId(), update.getTime(), OPENCALL, "variable", "Set " + update.getVariableName(),
					List.of(update.getVariableName() + ": " + shown(update.getValue())));
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
			add("o-" + operation.getId(), operation.getTimestamp(), operation.getUserId(), "operation",
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

		private String activityName(String activityId) {
			return (activityId != null) ? activityId : this.process.name();
		}

		/**
		 * @param who a user id, {@code null} for Opencall, or what acted for nobody
		 * ({@link #OPENCALL}, {@link #CLOCK}, {@link #ENGINE})
		 */
		private void add(String id, Date at, String who, String kind, String event, List<String> details) {
			if (at == null) {
				return;
			}
			boolean nobody = who == null || OPENCALL.equals(who) || CLOCK.equals(who) || ENGINE.equals(who);
			String actorId = nobody ? null : who;
			String actor = (who == null) ? OPENCALL : nobody ? who : this.names.apply(who);
			this.entries.add(new TimelineEntry(anchor(id), at.toInstant(), this.order++, actorId, actor, kind,
					TimelineEntry.ENGINE, this.process, event, details, List.of()));
		}

	}

	/** An engine id as a page's anchor: activity instance ids hold colons. */
	static String anchor(String id) {
		return id.replaceAll("[^A-Za-z0-9_-]", "-");
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
