package org.opencall.home;

/** Addresses inside Camunda Tasklist, which the pages link into. */
final class TasklistLinks {

	private static final String TASKLIST = "/camunda/app/tasklist/default/";

	private TasklistLinks() {
	}

	static String tasklist() {
		return TASKLIST;
	}

	/**
	 * Tasklist with one task open; a task id is the engine's, letters, digits and dashes.
	 */
	static String task(String taskId) {
		if (!taskId.matches("[A-Za-z0-9-]+")) {
			throw new IllegalArgumentException("Not a task id");
		}
		return TASKLIST + "#/?task=" + taskId;
	}

}
