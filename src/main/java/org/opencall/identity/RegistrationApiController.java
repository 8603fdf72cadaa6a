package org.opencall.identity;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Companies register themselves through the JSON API.
 */
@RestController
class RegistrationApiController {

	private final ApplicantRegistration registration;

	RegistrationApiController(ApplicantRegistration registration) {
		this.registration = registration;
	}

	@PostMapping("/api/registrations")
	ResponseEntity<Organisation> register(@RequestBody Registration input) {
		Organisation organisation = this.registration.register(input);
		return ResponseEntity.created(URI.create("/api/registrations/" + organisation.id())).body(organisation);
	}

}
