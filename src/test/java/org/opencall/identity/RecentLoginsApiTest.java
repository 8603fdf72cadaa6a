package org.opencall.identity;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.BasicClient;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic logins are remembered for a moment, but never past a change of who is who: a
 * changed password or a removed membership counts from the next request.
 */
class RecentLoginsApiTest extends ApiTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aPasswordChangedThroughTheEngineApiRefusesTheOldOneAtOnce() throws Exception {
		String user = newUser("evaluators");
		assertThat(call(user, "first secret", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> changed = send(user, "first secret", "PUT", "/engine-rest/user/" + user + "/credentials",
				Map.of("password", "second secret", "authenticatedUserPassword", "first secret"));
		assertThat(changed.getStatusCode()).as(changed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(call(user, "first secret", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(call(user, "second secret", "/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aMembershipRemovedByAnAdministratorTakesTheRoleAwayAtOnce() throws Exception {
		String user = newUser("auditors");
		assertThat(call(user, "first secret", "/api/needs").getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> removed = send("admin", "demo", "DELETE", "/engine-rest/group/auditors/members/" + user,
				null);
		assertThat(removed.getStatusCode()).as(removed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(call(user, "first secret", "/api/needs").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private String newUser(String group) throws Exception {
		String user = "recent" + System.nanoTime();
		ResponseEntity<String> created = send("admin", "demo", "POST", "/engine-rest/user/create",
				Map.of("profile",
						Map.of("id", user, "firstName", "Re", "lastName", "Cent", "email", user + "@example.org"),
						"credentials", Map.of("password", "first secret")));
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> member = send("admin", "demo", "PUT", "/engine-rest/group/" + group + "/members/" + user,
				null);
		assertThat(member.getStatusCode()).as(member.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		return user;
	}

	private ResponseEntity<String> call(String user, String password, String path) {
		return new BasicClient(this.port).send(user, password, "GET", path, null, null, Map.of());
	}

	private ResponseEntity<String> send(String user, String password, String method, String path, Object body)
			throws Exception {
		byte[] bytes = (body != null) ? this.json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8) : null;
		return new BasicClient(this.port).send(user, password, method, path,
				(body != null) ? MediaType.APPLICATION_JSON_VALUE : null, bytes, Map.of());
	}

}
