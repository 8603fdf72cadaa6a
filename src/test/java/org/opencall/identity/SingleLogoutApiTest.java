package org.opencall.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.PageSession;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login, one log-out: logging out in a webapp logs out of Opencall, and logging out
 * of Opencall ends the webapps' session.
 */
class SingleLogoutApiTest extends ApiTest {

	private static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";

	@Test
	void loggingOutOfTasklistLogsOutOfOpencall() {
		PageSession oscar = inTasklist("oscar");

		assertThat(oscar.exchange("POST", WEBAPP_USER + "/logout", null, null).getStatusCode().value()).isEqualTo(200);

		assertAsksForLogin(oscar.get("/officer/calls"));
		assertThat(oscar.get(WEBAPP_USER).getStatusCode().value()).isEqualTo(401);
		assertThat(oscar.get("/").getBody()).doesNotContain("Log out");
	}

	@Test
	void loggingOutOfOpencallEndsTheWebappsSession() {
		PageSession oscar = inTasklist("oscar");

		assertThat(oscar.post("/logout", Map.of()).getStatusCode().value()).isEqualTo(302);

		assertThat(oscar.get(WEBAPP_USER).getStatusCode().value()).isEqualTo(401);
		assertThat(oscar.get("/camunda/api/engine/engine/default/task").getStatusCode().value()).isEqualTo(401);
		assertAsksForLogin(oscar.get("/camunda/app/tasklist/default/"));
	}

	private PageSession inTasklist(String user) {
		PageSession session = session(user);
		assertThat(session.get("/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);
		assertThat(session.get(WEBAPP_USER).getStatusCode().value()).isEqualTo(200);
		return session;
	}

	/** A redirect to the login page, or 401 to a client that does not ask for a page. */
	private static void assertAsksForLogin(ResponseEntity<String> answer) {
		if (answer.getStatusCode().value() != 401) {
			assertThat(answer.getStatusCode().value()).isEqualTo(302);
			assertThat(String.valueOf(answer.getHeaders().getLocation())).endsWith("/login");
		}
	}

}
