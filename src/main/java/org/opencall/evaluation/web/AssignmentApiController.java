package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.evaluation.AssignmentView;
import org.opencall.evaluation.ExpertAssignments;
import org.opencall.platform.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call's assignment of experts through the JSON API: run it, read it, swap an expert on
 * a proposal, confirm it. Officers of the call's programme act; auditors read.
 */
@RestController
@RequestMapping("/api/calls/{reference}/assignment")
class AssignmentApiController {

	private final ExpertAssignments assignments;

	AssignmentApiController(ExpertAssignments assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	AssignmentView assignment(@PathVariable String reference, Principal principal) {
		return this.assignments.of(principal.getName(), reference)
			.orElseThrow(() -> new NotFoundException("No assignment run yet for call " + reference));
	}

	@PostMapping
	AssignmentView run(@PathVariable String reference, Principal principal) {
		return this.assignments.run(principal.getName(), reference);
	}

	@PostMapping("/swaps")
	AssignmentView swap(@PathVariable String reference, @RequestBody SwapRequest swap, Principal principal) {
		return this.assignments.swap(principal.getName(), reference, swap.submission(), swap.out(), swap.in());
	}

	@PostMapping("/confirmation")
	AssignmentView confirm(@PathVariable String reference, Principal principal) {
		return this.assignments.confirm(principal.getName(), reference);
	}

}
