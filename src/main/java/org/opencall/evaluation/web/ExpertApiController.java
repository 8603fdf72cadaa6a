package org.opencall.evaluation.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.opencall.evaluation.CallInvitationView;
import org.opencall.evaluation.CallInvitations;
import org.opencall.evaluation.ExpertPool;
import org.opencall.evaluation.ExpertProfileInput;
import org.opencall.evaluation.ExpertRegistration;
import org.opencall.evaluation.ExpertRegistrationInput;
import org.opencall.evaluation.ExpertView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert pool's JSON API: experts register themselves (or with an officer's
 * invitation), read and change their own profile and answer their invitations; officers
 * invite people to register, approve and reject experts; auditors read the pool.
 */
@RestController
@RequestMapping("/api/experts")
class ExpertApiController {

	private final ExpertRegistration registration;

	private final ExpertPool pool;

	private final CallInvitations invitations;

	ExpertApiController(ExpertRegistration registration, ExpertPool pool, CallInvitations invitations) {
		this.registration = registration;
		this.pool = pool;
		this.invitations = invitations;
	}

	@PostMapping
	ResponseEntity<ExpertView> register(@RequestBody ExpertRegistrationInput input) {
		ExpertView expert = this.registration.register(input);
		return ResponseEntity.created(URI.create("/api/experts/" + expert.userId())).body(expert);
	}

	@GetMapping
	List<ExpertView> pool(Principal principal) {
		return this.pool.pool(principal.getName());
	}

	@GetMapping("/me")
	ExpertView own(Principal principal) {
		return this.pool.own(principal.getName());
	}

	@PutMapping("/me")
	ExpertView changeProfile(@RequestBody ExpertProfileInput input, Principal principal) {
		return this.pool.changeOwnProfile(principal.getName(), input);
	}

	@PostMapping("/me/withdrawal")
	ExpertView withdraw(Principal principal) {
		return this.pool.withdraw(principal.getName());
	}

	@GetMapping("/me/invitations")
	List<CallInvitationView> ownInvitations(Principal principal) {
		return this.invitations.ownInvitations(principal.getName());
	}

	@PostMapping("/me/invitations/{invitation}/answer")
	CallInvitationView answer(@PathVariable UUID invitation, @RequestBody AnswerRequest request, Principal principal) {
		return this.invitations.answer(principal.getName(), invitation, request.decision(), request.reason());
	}

	@PostMapping("/invitations")
	ResponseEntity<Void> inviteToPool(@RequestBody PoolInvitationRequest request, Principal principal) {
		this.registration.inviteToPool(principal.getName(), request.email());
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/{userId}")
	ExpertView expert(@PathVariable String userId, Principal principal) {
		return this.pool.expert(principal.getName(), userId);
	}

	@PostMapping("/{userId}/approval")
	ExpertView approve(@PathVariable String userId, Principal principal) {
		return this.pool.approve(principal.getName(), userId);
	}

	@PostMapping("/{userId}/rejection")
	ExpertView reject(@PathVariable String userId, @RequestBody RejectionRequest request, Principal principal) {
		return this.pool.reject(principal.getName(), userId, request.reason());
	}

	record AnswerRequest(String decision, String reason) {
	}

	record PoolInvitationRequest(String email) {
	}

	record RejectionRequest(String reason) {
	}

}
