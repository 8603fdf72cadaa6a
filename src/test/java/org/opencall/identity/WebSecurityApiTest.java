package org.opencall.identity;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallReview;
import org.opencall.calls.ReviewDecision;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF protection, Spring Security's refusals as problem details, and auditors who change
 * nothing, through the real HTTP API: with a session of the login page and with HTTP
 * Basic.
 */
class WebSecurityApiTest extends ApiTest {

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallReview review;

	@Autowired
	CallCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private String call;

	@BeforeEach
	void scheduledCall() {
		this.call = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, this.call, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", this.call);
		this.review.review("oscar", this.call, ReviewDecision.APPROVE, null);
	}

	@Test
	void theHandlerOfARequestIsLookedUpOnceBySpringMvcNotAgainForSecurity() {
		assertThat(this.context.getBean(HandlerLookupOnce.INTROSPECTOR))
			.isInstanceOf(HandlerLookupOnce.WithoutCacheFilter.class);
	}

	@Test
	void aSessionRequestWithAnAuthorizationHeaderThatIsNotBasicStillNeedsItsCsrfToken() throws Exception {
		FormLogin olivia = loggedIn("olivia", "192.0.2.60");
		HttpHeaders bearer = new HttpHeaders();
		bearer.set(HttpHeaders.AUTHORIZATION, "Bearer junk");
		ResponseEntity<String> refused = olivia.exchange(followers(), HttpMethod.PUT, bearer, null, String.class);
		assertProblem(refused, HttpStatus.FORBIDDEN, "/problems/csrf");
		assertThat(this.catalogue.isFollowing(this.call, "olivia")).isFalse();
		HttpHeaders withToken = new HttpHeaders();
		withToken.set("X-CSRF-TOKEN", olivia.csrfToken());
		assertThat(olivia.exchange(followers(), HttpMethod.PUT, withToken, null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.catalogue.isFollowing(this.call, "olivia")).isTrue();
	}

	@Test
	void httpBasicNeedsNoCsrfTokenAndNeverActsOnTheSessionsBehalf() {
		FormLogin olivia = loggedIn("olivia", "192.0.2.61");
		HttpHeaders bob = new HttpHeaders();
		bob.setBasicAuth("bob", "demo");
		assertThat(olivia.exchange(followers(), HttpMethod.PUT, bob, null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.catalogue.isFollowing(this.call, "bob")).isTrue();
		assertThat(this.catalogue.isFollowing(this.call, "olivia")).isFalse();
		HttpHeaders wrong = new HttpHeaders();
		wrong.setBasicAuth("olivia", "not her password");
		assertThat(olivia.exchange(followers(), HttpMethod.PUT, wrong, null, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.catalogue.isFollowing(this.call, "olivia")).isFalse();
	}

	@Test
	void springSecuritysOwnRefusalsOnTheJsonApiAreProblemDetails() throws Exception {
		assertProblem(this.http.getForEntity("/api/submissions/mine", String.class), HttpStatus.UNAUTHORIZED,
				"/problems/unauthenticated");
		assertProblem(this.http.postForEntity(followers(), null, String.class), HttpStatus.UNAUTHORIZED,
				"/problems/unauthenticated");
		assertProblem(this.http.withBasicAuth("bob", "demo").getForEntity("/api/needs", String.class),
				HttpStatus.FORBIDDEN, "/problems/forbidden");
		assertProblem(loggedIn("nora", "192.0.2.62").exchange("/api/needs", HttpMethod.GET, new HttpHeaders(), null,
				String.class), HttpStatus.FORBIDDEN, "/problems/forbidden");
		assertProblem(this.http.withBasicAuth("bob", "wrong").getForEntity("/api/calls", String.class),
				HttpStatus.UNAUTHORIZED, "/problems/unauthenticated");
	}

	@Test
	void anAuditorCanNeitherFollowNorUnfollowACall() throws Exception {
		assertProblem(this.http.withBasicAuth("aude", "demo").exchange(followers(), HttpMethod.PUT, null, String.class),
				HttpStatus.FORBIDDEN, "/problems/forbidden");
		assertThat(this.catalogue.isFollowing(this.call, "aude")).isFalse();

		FormLogin aude = loggedIn("aude", "192.0.2.63");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("follow", "true");
		form.add("_csrf", aude.csrfToken());
		HttpHeaders formHeaders = new HttpHeaders();
		formHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> page = aude.exchange("/calls/" + this.call + "/follow", HttpMethod.POST, formHeaders,
				form, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getBody()).contains("403");
		assertThat(this.catalogue.isFollowing(this.call, "aude")).isFalse();

		// as if aude had followed the call before she became an auditor
		this.jdbc
			.sql("insert into call_followers (call_id, user_id) select id, 'aude' from calls where reference = :call")
			.param("call", this.call)
			.update();
		assertProblem(
				this.http.withBasicAuth("aude", "demo").exchange(followers(), HttpMethod.DELETE, null, String.class),
				HttpStatus.FORBIDDEN, "/problems/forbidden");
		assertThat(this.catalogue.isFollowing(this.call, "aude")).isTrue();
		assertThat(this.http.withBasicAuth("aude", "demo")
			.getForEntity("/api/calls/" + this.call, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(aude.get("/calls/" + this.call).getBody()).contains(this.call);
	}

	@Test
	void pagesSendTheirContentSecurityPolicyAndTheSessionCookieIsSameSiteLax() {
		ResponseEntity<String> login = this.http.getForEntity("/login", String.class);
		assertThat(login.getHeaders().get("Content-Security-Policy")).singleElement()
			.asString()
			.contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("style-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(login.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(login.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).startsWith("SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure");
		HttpHeaders viaHttps = new HttpHeaders();
		viaHttps.set("X-Forwarded-Proto", "https");
		assertThat(this.http.exchange("/login", HttpMethod.GET, new HttpEntity<>(viaHttps), String.class)
			.getHeaders()
			.getFirst(HttpHeaders.SET_COOKIE)).contains("Secure").contains("SameSite=Lax");
	}

	@Test
	void theWebappsKeepTheirOwnContentSecurityPolicy() {
		FormLogin eva = loggedIn("eva", "192.0.2.64");
		List<String> policies = eva.get("/camunda/app/tasklist/").getHeaders().get("Content-Security-Policy");
		assertThat(policies).singleElement().asString().contains("unsafe-eval");
	}

	private FormLogin loggedIn(String user, String client) {
		FormLogin session = FormLogin.from(this.http, client);
		assertThat(session.logIn(user, "demo").getBody()).doesNotContain("<h1>Log in</h1>");
		return session;
	}

	private String followers() {
		return "/api/calls/" + this.call + "/followers";
	}

	private static void assertProblem(ResponseEntity<String> answer, HttpStatus status, String type) throws Exception {
		assertThat(answer.getStatusCode()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = new ObjectMapper().readValue(answer.getBody(), new TypeReference<>() {
		});
		assertThat(problem).containsEntry("type", type).containsEntry("status", status.value());
		assertThat(problem.get("title")).isNotNull();
		assertThat((String) problem.get("detail")).isNotBlank().doesNotContain("Exception");
	}

}
