package org.opencall.platform;

import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API answers in JSON, whatever else is on the class path: JasperReports brings
 * Jackson's XML module to read its templates, and a browser's Accept header prefers XML
 * to anything but HTML.
 */
class JsonAnswersTest extends ApiTest {

	private static final String BROWSER_ACCEPTS = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Test
	void aBrowserThatPrefersXmlGetsJson() {
		ResponseEntity<String> answer = get("/api/calls", BROWSER_ACCEPTS);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
	}

	@Test
	void aProblemIsJsonWhenXmlIsPreferred() {
		ResponseEntity<String> answer = get("/api/calls/NO-SUCH-CALL", BROWSER_ACCEPTS);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
	}

	private ResponseEntity<String> get(String path, String accept) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, accept);
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
