package org.opencall;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Calls the JSON API as a demo user (HTTP Basic, password {@code demo}) or anonymously
 * ({@code null} user).
 */
public final class JsonApi {

	private final TestRestTemplate http;

	public JsonApi(TestRestTemplate http) {
		this.http = http;
	}

	public ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
		return exchange(user, HttpMethod.POST, path, body);
	}

	public ResponseEntity<Map<String, Object>> put(String user, String path, Object body) {
		return exchange(user, HttpMethod.PUT, path, body);
	}

	public ResponseEntity<Map<String, Object>> get(String user, String path) {
		return exchange(user, HttpMethod.GET, path, null);
	}

	public ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, Object body) {
		TestRestTemplate client = (user != null) ? this.http.withBasicAuth(user, "demo") : this.http;
		return client.exchange(path, method, (body != null) ? new HttpEntity<>(body) : null,
				new ParameterizedTypeReference<>() {
				});
	}

}
