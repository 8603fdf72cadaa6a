package org.opencall.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies register through the public API; the new login is an applicant of its
 * organisation.
 */
@OpencallTest
class RegistrationApiTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Directory directory;

	@Test
	void aCompanyRegistersAndItsLoginIsAnApplicantOfIt() {
		String user = "dora" + System.nanoTime() % 100000;
		ResponseEntity<Map<String, Object>> registered = register(
				Map.of("organisationName", "Porto MedTech " + user, "country", "pt", "organisationType", "SME",
						"registrationNumber", "PT-" + user, "userId", user, "firstName", "Dora", "lastName", "Sá",
						"email", user + "@pmt.example", "password", "correct horse battery"));
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(registered.getBody()).containsEntry("country", "PT").containsEntry("type", "SME");
		assertThat(this.directory.groupsOf(user)).contains(Roles.APPLICANTS);
		assertThat(this.directory.organisationOf(user))
			.hasValueSatisfying((organisation) -> assertThat(organisation.name()).isEqualTo("Porto MedTech " + user));
		assertThat(this.http.withBasicAuth(user, "correct horse battery")
			.getForEntity("/api/submissions/mine", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void badRegistrationsAreRefusedFieldByFieldAndCreateNoLogin() {
		ResponseEntity<Map<String, Object>> refused = register(Map.of("organisationName", "", "country", "XX",
				"organisationType", "HOSPITAL", "userId", "alice", "email", "not-an-address", "password", "short"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).contains("organisationName", "country", "organisationType", "registrationNumber",
				"userId", "firstName", "lastName", "email", "password");
		assertThat(this.directory.organisationOf("alice").orElseThrow().name()).isEqualTo("MedSense");
	}

	private ResponseEntity<Map<String, Object>> register(Map<String, Object> body) {
		return this.http.exchange("/api/registrations", HttpMethod.POST, new HttpEntity<>(body),
				new ParameterizedTypeReference<>() {
				});
	}

	@SuppressWarnings("unchecked")
	private static List<String> fields(ResponseEntity<Map<String, Object>> problem) {
		return ((List<Map<String, String>>) problem.getBody().get("errors")).stream()
			.map((e) -> e.get("field"))
			.toList();
	}

}
