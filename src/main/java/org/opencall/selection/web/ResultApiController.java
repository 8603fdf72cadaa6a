package org.opencall.selection.web;

import java.security.Principal;

import org.opencall.platform.PdfDownload;
import org.opencall.selection.ProposalResult;
import org.opencall.selection.ProposalResults;
import org.opencall.selection.RedressRequests;
import org.opencall.selection.RedressView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A proposal's result through the JSON API: the letter's content, the evaluation summary
 * report's PDF, and redress — filed by the proposal's applicants, reviewed by an officer
 * who took no part in the decision.
 */
@RestController
@RequestMapping("/api/submissions/{reference}")
class ResultApiController {

	private final ProposalResults results;

	private final RedressRequests redress;

	ResultApiController(ProposalResults results, RedressRequests redress) {
		this.results = results;
		this.redress = redress;
	}

	@GetMapping("/result")
	ProposalResult result(@PathVariable String reference, Principal principal) {
		return this.results.of(principal.getName(), reference);
	}

	@GetMapping("/evaluation-summary.pdf")
	ResponseEntity<byte[]> evaluationSummary(@PathVariable String reference, Principal principal) {
		return PdfDownload.of(this.results.fileName(reference),
				this.results.evaluationSummaryReport(principal.getName(), reference));
	}

	@GetMapping("/redress")
	RedressView redress(@PathVariable String reference, Principal principal) {
		return this.redress.of(principal.getName(), reference);
	}

	@PostMapping("/redress")
	RedressView file(@PathVariable String reference, @RequestBody GroundsRequest request, Principal principal) {
		return this.redress.file(principal.getName(), reference, request.grounds());
	}

	@PostMapping("/redress/review")
	RedressView review(@PathVariable String reference, @RequestBody RedressReviewRequest request, Principal principal) {
		return this.redress.review(principal.getName(), reference, request.decision(), request.reasons());
	}

	record GroundsRequest(String grounds) {
	}

	record RedressReviewRequest(String decision, String reasons) {
	}

}
