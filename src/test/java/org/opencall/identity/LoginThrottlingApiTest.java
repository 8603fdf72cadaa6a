package org.opencall.identity;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.opencall.ApiTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins slow their client down, never the account: through HTTP Basic on the JSON
 * API and the engine REST API, and on the login page. Each test comes from its own client
 * addresses (documentation ranges), sent as {@code X-Forwarded-For}.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingApiTest extends ApiTest {

	@Test
	void elevenWrongPasswordsNeitherLockTheAccountNorDelayTheRightOne() {
		for (int i = 1; i <= 12; i++) {
			assertThat(basic("198.51.100." + i, "peter", "wrong " + i, "/engine-rest/task").getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(basic("198.51.100.13", "peter", "demo", "/engine-rest/task").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(basic("198.51.100.1", "peter", "demo", "/api/calls").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void repeatedFailuresOfOneClientAreRefusedForGrowingDelays() throws Exception {
		String client = "203.0.113.10";
		for (int i = 0; i < 3; i++) {
			assertThat(basic(client, "alice", "guess " + i, "/api/submissions/mine").getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		ResponseEntity<String> throttled = basic(client, "alice", "demo", "/api/submissions/mine");
		assertThrottled(throttled, 1);
		assertThat(basic("203.0.113.11", "alice", "demo", "/api/submissions/mine").getStatusCode())
			.as("the same account from another client")
			.isEqualTo(HttpStatus.OK);
		Thread.sleep(1100);
		assertThat(basic(client, "alice", "guess 4", "/engine-rest/task").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThrottled(basic(client, "alice", "demo", "/engine-rest/task"), 2);
		Thread.sleep(2100);
		assertThat(basic(client, "alice", "demo", "/api/submissions/mine").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aClientGuessingManyAccountsIsRefusedForEveryAccount() throws Exception {
		String client = "203.0.113.20";
		for (int i = 0; i < 10; i++) {
			assertThat(basic(client, "nobody" + i, "guess", "/api/calls").getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThrottled(basic(client, "olivia", "demo", "/api/calls"), 1);
		assertThat(basic("203.0.113.21", "olivia", "demo", "/api/calls").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theLoginPageSaysInWordsWhenLoginsAreThrottled() {
		FormLogin browser = FormLogin.from(this.http, "203.0.113.30");
		for (int i = 0; i < 3; i++) {
			assertThat(browser.logIn("nora", "guess " + i).getBody()).contains("Unknown user or wrong password");
		}
		ResponseEntity<String> page = browser.logIn("nora", "demo");
		assertThat(page.getBody()).contains("<h1>Log in</h1>")
			.contains("Too many failed logins from your address or for this user name. Wait 1 second, then try again.");
		assertThat(FormLogin.from(this.http, "203.0.113.31").logIn("nora", "demo").getBody())
			.doesNotContain("<h1>Log in</h1>");
	}

	@Test
	void failedLoginsAreLoggedWithUserAndAddressButNoPassword(CapturedOutput output) {
		basic("203.0.113.40", "erik", "secret-guess-40", "/api/calls");
		assertThat(output.getOut()).contains("Failed login of user 'erik' from 203.0.113.40")
			.doesNotContain("secret-guess-40");
	}

	@Test
	void nobodyChecksSomeoneElsesPasswordThroughTheEngineOutsideTheThrottle() {
		ResponseEntity<String> verify = this.http.withBasicAuth("alice", "demo")
			.postForEntity("/engine-rest/identity/verify", Map.of("username", "bob", "password", "demo"), String.class);
		assertThat(verify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(verify.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(verify.getBody()).doesNotContain("authenticated");

		FormLogin eva = FormLogin.from(this.http, "203.0.113.50");
		eva.logIn("eva", "demo");
		eva.get("/camunda/app/tasklist/");
		eva.get("/camunda/api/admin/auth/user/default");
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-XSRF-TOKEN", eva.cookie("XSRF-TOKEN"));
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> webappLogin = eva.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
				HttpMethod.POST, headers, "username=bob&password=demo", String.class);
		assertThat(webappLogin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(webappLogin.getBody()).doesNotContain("\"userId\"");
	}

	private ResponseEntity<String> basic(String client, String user, String password, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, password);
		headers.set("X-Forwarded-For", client);
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	private static void assertThrottled(ResponseEntity<String> answer, int seconds) throws Exception {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(String.valueOf(seconds));
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = new ObjectMapper().readValue(answer.getBody(), new TypeReference<>() {
		});
		assertThat(problem).containsEntry("status", 429)
			.containsEntry("title", "Too many failed logins")
			.containsEntry("type", "/problems/too-many-logins");
		assertThat((String) problem.get("detail"))
			.contains("Try again in " + LoginThrottledException.inWords(seconds) + ".")
			.doesNotContain("Exception");
	}

}
