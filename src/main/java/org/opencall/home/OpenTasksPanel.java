package org.opencall.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * The viewer's open tasks in Tasklist: assigned to them, or offered to a group of theirs
 * and not yet claimed by anyone; each links straight into Tasklist. With none, it says
 * why none waits for a person of the viewer's roles.
 */
@Component
class OpenTasksPanel {

	static final String ID = "my-tasks";

	private static final int SHOWN = 10;

	/** As the engine orders them: the earliest due date first, tasks without one last. */
	private static final Comparator<Task> DUE_FIRST_THEN_OLDEST = Comparator
		.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::getCreateTime);

	private final TaskService tasks;

	private final PageFormat format;

	OpenTasksPanel(TaskService tasks, PageFormat format) {
		this.tasks = tasks;
		this.format = format;
	}

	HomePanel panelFor(Viewer viewer) {
		// two indexed queries rather than one "assignee or candidate group": the engine
		// answers the "or" by joining every open task with its identity links
		TaskQuery assigned = this.tasks.createTaskQuery().active().taskAssignee(viewer.user());
		long count = assigned.count();
		List<Task> first = new ArrayList<>(firstOf(assigned));
		if (!viewer.roles().isEmpty()) {
			// the groups' tasks that nobody has claimed yet (the engine leaves claimed
			// ones out)
			TaskQuery offered = this.tasks.createTaskQuery().active().taskCandidateGroupIn(List.copyOf(viewer.roles()));
			count += offered.count();
			first.addAll(firstOf(offered));
			first.sort(DUE_FIRST_THEN_OLDEST);
		}
		List<HomeItem> items = new ArrayList<>();
		for (Task task : first.subList(0, Math.min(SHOWN, first.size()))) {
			items.add(item(viewer, task));
		}
		List<HomeLink> links = new ArrayList<>();
		if (count > SHOWN) {
			links.add(new HomeLink("All " + count + " open tasks in Tasklist", TasklistLinks.tasklist()));
		}
		else if (count > 0) {
			links.add(new HomeLink("Open Tasklist", TasklistLinks.tasklist()));
		}
		String title = (count == 0) ? "Your tasks" : "Your tasks (" + count + ")";
		return new HomePanel(ID, 0, title, items, WhyNoTasks.forRoles(viewer), links);
	}

	private static List<Task> firstOf(TaskQuery query) {
		return query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, SHOWN);
	}

	private HomeItem item(Viewer viewer, Task task) {
		List<String> facts = new ArrayList<>();
		if (task.getDueDate() != null) {
			facts.add("Due " + this.format.dateTime(task.getDueDate().toInstant(), null) + ", "
					+ this.format.timeLeft(task.getDueDate().toInstant()));
		}
		facts.add("Waiting since " + this.format.dateTime(task.getCreateTime().toInstant(), null));
		boolean mine = viewer.user().equals(task.getAssignee());
		String status = mine ? "Assigned to you"
				: (task.getAssignee() == null) ? "For your group" : "Taken by a colleague";
		String next = mine ? "Open it in Tasklist and complete it"
				: (task.getAssignee() == null) ? "Open it in Tasklist and claim it" : null;
		return new HomeItem(task.getName(), TasklistLinks.task(task.getId()), status, mine ? "ASSIGNED" : "GROUP",
				facts, next);
	}

}
