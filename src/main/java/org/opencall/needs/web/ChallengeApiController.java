package org.opencall.needs.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.ChallengeView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Challenges built from validated needs, and their attachment to call drafts.
 */
@RestController
@RequestMapping("/api/challenges")
class ChallengeApiController {

	private final ChallengeBuilding challenges;

	ChallengeApiController(ChallengeBuilding challenges) {
		this.challenges = challenges;
	}

	@GetMapping
	List<ChallengeView> challenges(Principal principal) {
		return this.challenges.challengesOf(principal.getName());
	}

	@PostMapping
	ResponseEntity<ChallengeView> group(@RequestBody ChallengeRequest request, Principal principal) {
		ChallengeView challenge = this.challenges.group(principal.getName(), request.programme(), request.title(),
				request.description(), request.needs());
		return ResponseEntity.created(URI.create("/api/challenges/" + challenge.id())).body(challenge);
	}

	@GetMapping("/{id}")
	ChallengeView challenge(@PathVariable UUID id, Principal principal) {
		return this.challenges.challengeOf(principal.getName(), id);
	}

	@PostMapping("/{id}/attachment")
	ChallengeView attach(@PathVariable UUID id, @RequestBody Map<String, String> body, Principal principal) {
		this.challenges.attach(principal.getName(), id, body.get("call"));
		return this.challenges.challengeOf(principal.getName(), id);
	}

	record ChallengeRequest(String programme, String title, String description, List<String> needs) {
	}

}
