package org.opencall.home;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.opencall.ApiTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageApiTest extends ApiTest {

	@Autowired
	CallDrafting drafting;

	@Autowired
	TaskService tasks;

	@Test
	void aVisitorSeesWhatOpencallIsAndHowToLogIn() {
		ResponseEntity<String> home = anonymousSession().get("/");

		assertThat(home.getStatusCode().value()).isEqualTo(200);
		assertThat(home.getBody()).contains("Browse open and upcoming calls").contains("href=\"/login\"");
	}

	@Test
	void anOfficerFindsACallWaitingForReviewAmongTheirTasksWithALinkIntoTasklist() {
		int before = openTaskCount(session("oscar").get("/").getBody());
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		String taskId = this.tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();

		String home = session("oscar").get("/").getBody();

		// the oldest work comes first, so the new review may be past the first screenful
		assertThat(openTaskCount(home)).isEqualTo(before + 1);
		assertThat(home).contains("id=\"my-tasks\"");
		if (before < 10) {
			assertThat(home).contains("— " + reference)
				.contains("href=\"/camunda/app/tasklist/default/#/?task=" + taskId + "\"");
		}
		assertThat(home).containsPattern("href=\"/camunda/app/tasklist/default/#/\\?task=[0-9a-f-]+\"");
		assertThat(home).contains("Open it in Tasklist and claim it");
	}

	private static int openTaskCount(String home) {
		Matcher count = Pattern.compile("Your tasks \\((\\d+)\\)").matcher(home);
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	@Test
	void anAuditorIsToldWhyNoTaskIsEverTheirs() {
		String home = session("aude").get("/").getBody();

		assertThat(home).contains("Nothing waits for you in Tasklist.")
			.contains("Auditors read everything and change nothing");
	}

	private org.opencall.PageSession anonymousSession() {
		return org.opencall.PageSession.anonymous(this.port);
	}

}
