package org.opencall.evaluation.web;

import java.security.Principal;
import java.util.List;

import org.opencall.evaluation.CallExperts;
import org.opencall.evaluation.CallInvitationInput;
import org.opencall.evaluation.CallInvitationView;
import org.opencall.evaluation.CallInvitations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The experts of one call: its programme's officers invite approved experts and follow
 * their answers; auditors read them.
 */
@RestController
class CallExpertsApiController {

	private final CallInvitations invitations;

	CallExpertsApiController(CallInvitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/api/calls/{reference}/experts")
	CallExperts experts(@PathVariable String reference, Principal principal) {
		return this.invitations.experts(principal.getName(), reference);
	}

	@PostMapping("/api/calls/{reference}/experts")
	@ResponseStatus(HttpStatus.CREATED)
	List<CallInvitationView> invite(@PathVariable String reference, @RequestBody CallInvitationInput input,
			Principal principal) {
		return this.invitations.invite(principal.getName(), reference, input);
	}

}
