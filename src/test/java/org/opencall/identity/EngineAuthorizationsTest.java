package org.opencall.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each group sees through the engine REST API, with the user's own credentials and
 * the engine's authorizations on.
 */
@OpencallTest
class EngineAuthorizationsTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	CallDrafting drafting;

	@Autowired
	TaskService taskService;

	@Test
	void everyRoleReadsTheSavedTasklistFilters() {
		for (String user : List.of("eva", "alice", "nora", "peter", "olivia", "aude")) {
			assertThat(list(user, "/engine-rest/filter")).as(user)
				.extracting((filter) -> filter.get("name"))
				.contains("My work", "My tasks", "My group's tasks");
		}
	}

	@Test
	void tasklistOpensOnMyWorkWithTheTasksAssignedToMeAndThoseMyGroupsMayClaim() {
		List<Map<String, Object>> filters = list("oscar", "/engine-rest/filter?resourceType=Task");
		Map<String, Object> first = filters.stream()
			.min(Comparator.comparingInt((filter) -> priority(filter)))
			.orElseThrow();
		assertThat(first.get("name")).isEqualTo("My work");

		String free = awaitingApproval();
		String mine = awaitingApproval();
		String colleagues = awaitingApproval();
		this.taskService.claim(reviewTask(mine), "oscar");
		this.taskService.claim(reviewTask(colleagues), "olivia");
		List<Object> names = list("oscar", "/engine-rest/filter/" + first.get("id") + "/list").stream()
			.map((task) -> task.get("name"))
			.toList();
		assertThat(names).contains("Review call for approval — " + free, "Review call for approval — " + mine)
			.doesNotContain("Review call for approval — " + colleagues);
	}

	@Test
	void theReviewTaskIsVisibleToTheProgrammesOfficersOnly() {
		String reference = awaitingApproval();
		String tasks = "/engine-rest/task?processInstanceBusinessKey=" + reference;
		assertThat(list("oscar", tasks)).hasSize(1);
		assertThat(list("otto", tasks)).isEmpty();
		assertThat(list("eva", tasks)).isEmpty();
		assertThat(list("alice", tasks)).isEmpty();
	}

	@Test
	void officersReadTheirProgrammesInstancesAndAuditorsReadAll() {
		String reference = awaitingApproval();
		String instances = "/engine-rest/process-instance?businessKey=" + reference;
		assertThat(list("olivia", instances)).hasSize(1);
		assertThat(list("aude", instances)).hasSize(1);
		assertThat(list("otto", instances)).isEmpty();
		assertThat(list("eva", instances)).isEmpty();
	}

	@Test
	void officersSeeTheProcessModelsInCockpitAndEvaluatorsDoNot() {
		assertThat(list("olivia", "/engine-rest/process-definition?latestVersion=true"))
			.extracting((definition) -> definition.get("key"))
			.contains("call-lifecycle", "needs-identification", "submission");
		assertThat(list("eva", "/engine-rest/process-definition?latestVersion=true")).isEmpty();
	}

	@Test
	void anAuditorReadsTheReviewTaskButCannotCompleteIt() {
		String reference = awaitingApproval();
		List<Map<String, Object>> tasks = list("aude", "/engine-rest/task?processInstanceBusinessKey=" + reference);
		assertThat(tasks).hasSize(1);
		ResponseEntity<String> refused = this.http.withBasicAuth("aude", "demo")
			.exchange("/engine-rest/task/" + tasks.get(0).get("id") + "/complete", HttpMethod.POST,
					new HttpEntity<>(Map.of("variables", Map.of("decision", Map.of("value", "approve")))),
					String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(list("oscar", "/engine-rest/task?processInstanceBusinessKey=" + reference)).hasSize(1);
	}

	private String reviewTask(String reference) {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
	}

	@SuppressWarnings("unchecked")
	private static int priority(Map<String, Object> filter) {
		Object priority = ((Map<String, Object>) filter.get("properties")).get("priority");
		return (priority instanceof Number number) ? number.intValue() : Integer.MAX_VALUE;
	}

	private String awaitingApproval() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		return reference;
	}

	private List<Map<String, Object>> list(String user, String path) {
		ResponseEntity<List<Map<String, Object>>> response = this.http.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
