package org.opencall.calls.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calls JSON API: public reading of published calls; drafting, submitting and
 * reviewing for programme officers.
 */
@RestController
@RequestMapping("/api/calls")
class CallApiController {

	private final CallCatalogue catalogue;

	private final CallDrafting drafting;

	private final CallReview review;

	CallApiController(CallCatalogue catalogue, CallDrafting drafting, CallReview review) {
		this.catalogue = catalogue;
		this.drafting = drafting;
		this.review = review;
	}

	@GetMapping
	List<CallView> publicCalls() {
		return this.catalogue.publicCalls();
	}

	@GetMapping("/{reference}")
	CallView call(@PathVariable String reference, Principal principal) {
		return this.catalogue.call(reference, (principal != null) ? principal.getName() : null);
	}

	@PostMapping
	ResponseEntity<CallView> draft(@RequestBody CallRequest request, Principal principal) {
		CallView call = this.drafting.draft(principal.getName(), request.programme(), request.reference(),
				request.toDraft());
		return ResponseEntity.created(URI.create("/api/calls/" + call.reference())).body(call);
	}

	@PutMapping("/{reference}")
	CallView revise(@PathVariable String reference, @RequestBody CallRequest request, Principal principal) {
		return this.drafting.revise(principal.getName(), reference, request.toDraft());
	}

	@PostMapping("/{reference}/submission")
	CallView submitForApproval(@PathVariable String reference, Principal principal) {
		return this.drafting.submitForApproval(principal.getName(), reference);
	}

	@PostMapping("/{reference}/review")
	CallView review(@PathVariable String reference, @RequestBody ReviewRequest request, Principal principal) {
		return this.review.review(principal.getName(), reference, ReviewDecision.fromVariable(request.decision()),
				request.comment());
	}

	@PutMapping("/{reference}/followers")
	ResponseEntity<Void> follow(@PathVariable String reference, Principal principal) {
		this.catalogue.follow(reference, principal.getName(), true);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{reference}/followers")
	ResponseEntity<Void> unfollow(@PathVariable String reference, Principal principal) {
		this.catalogue.follow(reference, principal.getName(), false);
		return ResponseEntity.noContent().build();
	}

}
