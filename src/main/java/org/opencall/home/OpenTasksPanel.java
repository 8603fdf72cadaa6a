package org.opencall.home;

import java.util.ArrayList;
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

	private final TaskService tasks;

	private final PageFormat format;

	OpenTasksPanel(TaskService tasks, PageFormat format) {
		this.tasks = tasks;
		this.format = format;
	}

	HomePanel panelFor(Viewer viewer) {
		TaskQuery query = openTasksOf(viewer);
		long count = query.count();
		List<HomeItem> items = new ArrayList<>();
		for (Task task : openTasksOf(viewer).orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, SHOWN)) {
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

	private TaskQuery openTasksOf(Viewer viewer) {
		TaskQuery query = this.tasks.createTaskQuery().active();
		if (viewer.roles().isEmpty()) {
			return query.taskAssignee(viewer.user());
		}
		return query.or().taskAssignee(viewer.user()).taskCandidateGroupIn(List.copyOf(viewer.roles())).endOr();
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
