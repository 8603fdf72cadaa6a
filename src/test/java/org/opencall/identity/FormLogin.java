package org.opencall.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session on the login page, driven through HTTP: its cookies, the CSRF token
 * of the page it read last, and the client address it comes from (sent as
 * {@code X-Forwarded-For}, which the tests' server trusts).
 */
final class FormLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final TestRestTemplate http;

	private final String client;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	private FormLogin(TestRestTemplate http, String client) {
		// a browser keeps the cookie that a redirect sets
		this.http = http.withRedirects(Redirects.DONT_FOLLOW);
		this.client = client;
	}

	/** Opens the login page as a new visitor from this client address. */
	static FormLogin from(TestRestTemplate http, String client) {
		FormLogin session = new FormLogin(http, client);
		session.get("/login");
		return session;
	}

	/** Logs in on the form; answers the page the browser ends on. */
	ResponseEntity<String> logIn(String user, String password) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		form.add("_csrf", this.csrf);
		HttpHeaders headers = headers();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		ResponseEntity<String> answer = this.http.exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers),
				String.class);
		remember(answer);
		if (answer.getStatusCode().is3xxRedirection()) {
			return get(answer.getHeaders().getLocation().toString());
		}
		return answer;
	}

	/** Reads a page, following redirects as a browser would. */
	ResponseEntity<String> get(String path) {
		ResponseEntity<String> page = this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()),
				String.class);
		remember(page);
		if (page.getStatusCode().is3xxRedirection()) {
			return get(page.getHeaders().getLocation().toString());
		}
		return page;
	}

	/** Sends a request with this session's cookie and whatever else the test adds. */
	<T> ResponseEntity<T> exchange(String path, HttpMethod method, HttpHeaders extra, Object body, Class<T> answer) {
		HttpHeaders headers = headers();
		headers.addAll(extra);
		return this.http.exchange(path, method, new HttpEntity<>(body, headers), answer);
	}

	String csrfToken() {
		return this.csrf;
	}

	/** A cookie the server set, e.g. the webapps' {@code XSRF-TOKEN}. */
	String cookie(String name) {
		return this.cookies.get(name);
	}

	private HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", this.client);
		if (!this.cookies.isEmpty()) {
			headers.set(HttpHeaders.COOKIE,
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return headers;
	}

	private void remember(ResponseEntity<String> answer) {
		for (String setCookie : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			this.cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		if (answer.getBody() != null) {
			Matcher token = CSRF.matcher(answer.getBody());
			if (token.find()) {
				this.csrf = token.group(1);
			}
		}
	}

}
