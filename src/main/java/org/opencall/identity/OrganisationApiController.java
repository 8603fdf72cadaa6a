package org.opencall.identity;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own organisation through the JSON API: its people, its pending invitations,
 * and inviting a colleague.
 */
@RestController
@RequestMapping("/api/organisations/mine")
class OrganisationApiController {

	private final Directory directory;

	private final Invitations invitations;

	OrganisationApiController(Directory directory, Invitations invitations) {
		this.directory = directory;
		this.invitations = invitations;
	}

	@GetMapping
	OrganisationStaff mine(Principal principal) {
		return OrganisationStaff.of(principal.getName(), this.directory, this.invitations);
	}

	@PostMapping("/invitations")
	ResponseEntity<Invitation> invite(@RequestBody InvitationRequest request, Principal principal) {
		Invitation invitation = this.invitations.invite(principal.getName(), request.email());
		return ResponseEntity.created(URI.create("/api/organisations/mine/invitations/" + invitation.id()))
			.body(invitation);
	}

	record InvitationRequest(String email) {
	}

}
