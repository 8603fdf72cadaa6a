package org.opencall.identity;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Companies register themselves through the JSON API, and invited people join their
 * colleagues' organisation with the invitation's token.
 */
@RestController
class RegistrationApiController {

	private final ApplicantRegistration registration;

	private final JoiningByInvitation joining;

	RegistrationApiController(ApplicantRegistration registration, JoiningByInvitation joining) {
		this.registration = registration;
		this.joining = joining;
	}

	@PostMapping("/api/registrations")
	ResponseEntity<Organisation> register(@RequestBody Registration input) {
		Organisation organisation = input.isInvited() ? this.joining.join(input) : this.registration.register(input);
		return ResponseEntity.created(URI.create("/api/registrations/" + organisation.id())).body(organisation);
	}

}
