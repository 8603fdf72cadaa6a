package org.opencall.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opencall.BasicClient;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluation tasks through the engine REST API, as Tasklist works them: a user's one open
 * task on a business key, completed with its form's fields. Demo users log in with
 * {@code demo}, others with the password they were given here.
 */
public final class EngineTasks {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final BasicClient client;

	private final Map<String, String> passwords = new HashMap<>();

	EngineTasks(int port) {
		this.client = new BasicClient(port);
	}

	EngineTasks withPassword(String user, String password) {
		this.passwords.put(user, password);
		return this;
	}

	/** The one open task of the user (assigned or as candidate) on this business key. */
	String task(String user, String businessKey) throws Exception {
		List<Map<String, Object>> tasks = tasks(user, businessKey);
		assertThat(tasks).as("open tasks of " + user + " on " + businessKey).hasSize(1);
		return (String) tasks.get(0).get("id");
	}

	/**
	 * The user's open tasks (assigned, or as candidate for officers) on the business key.
	 */
	List<Map<String, Object>> tasks(String user, String businessKey) throws Exception {
		String query = "/engine-rest/task?"
				+ ((user.equals("olivia") || user.equals("oscar")) ? "candidateUser=" : "assignee=") + user
				+ ((businessKey != null) ? "&processInstanceBusinessKey=" + businessKey : "");
		ResponseEntity<String> answer = send(user, "GET", query, null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return JSON.readValue(answer.getBody(), new TypeReference<>() {
		});
	}

	void complete(String user, String taskId, Map<String, Object> values) throws Exception {
		ResponseEntity<String> answer = tryToComplete(user, taskId, values);
		assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
	}

	ResponseEntity<String> tryToComplete(String user, String taskId, Map<String, Object> values) throws Exception {
		return send(user, "POST", "/engine-rest/task/" + taskId + "/complete", variables(values));
	}

	ResponseEntity<String> send(String user, String method, String path, String json) {
		return this.client.send(user, this.passwords.getOrDefault(user, "demo"), method, path,
				(json != null) ? "application/json" : null,
				(json != null) ? json.getBytes(StandardCharsets.UTF_8) : null, Map.of());
	}

	/**
	 * A complete score form of the call's three criteria: the same score, a comment each.
	 */
	public static Map<String, Object> scores(String score, String comment) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 1; i <= 3; i++) {
			variables.put("score" + i, Double.valueOf(score));
			variables.put("comment" + i, comment + " on criterion " + i);
		}
		variables.put("overallComment", comment + " overall");
		return variables;
	}

	private static String variables(Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return JSON.writeValueAsString(Map.of("variables", variables));
	}

}
