package org.opencall.submissions.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.opencall.submissions.DocumentView;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalInput;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.ReceiptView;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionState;
import org.opencall.submissions.SubmissionView;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The submissions JSON API: applicants draft, upload, submit (with an optional
 * {@code Idempotency-Key}) and withdraw; programme officers list a call's submissions and
 * decide admissibility.
 */
@RestController
@RequestMapping("/api/submissions")
class SubmissionApiController {

	private final ProposalDrafting drafting;

	private final ProposalSubmitting submitting;

	private final SubmissionQueries queries;

	private final EligibilityDecision eligibility;

	SubmissionApiController(ProposalDrafting drafting, ProposalSubmitting submitting, SubmissionQueries queries,
			EligibilityDecision eligibility) {
		this.drafting = drafting;
		this.submitting = submitting;
		this.queries = queries;
		this.eligibility = eligibility;
	}

	@PostMapping
	ResponseEntity<SubmissionView> draft(@RequestBody DraftRequest request, Principal principal) {
		String reference = this.drafting.draft(principal.getName(), request.call(), request.toInput());
		return ResponseEntity.created(URI.create("/api/submissions/" + reference))
			.body(this.queries.submission(principal.getName(), reference));
	}

	@GetMapping("/mine")
	List<SubmissionView> mine(Principal principal) {
		return this.queries.mine(principal.getName());
	}

	@GetMapping
	List<SubmissionView> ofCall(@RequestParam String call, @RequestParam(required = false) SubmissionState status,
			Principal principal) {
		return this.queries.ofCall(principal.getName(), call, status);
	}

	@GetMapping("/{reference}")
	SubmissionView submission(@PathVariable String reference, Principal principal) {
		return this.queries.submission(principal.getName(), reference);
	}

	@PutMapping("/{reference}")
	SubmissionView edit(@PathVariable String reference, @RequestBody DraftRequest request, Principal principal) {
		this.drafting.edit(principal.getName(), reference, request.toInput());
		return this.queries.submission(principal.getName(), reference);
	}

	@PostMapping(path = "/{reference}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DocumentView upload(@PathVariable String reference, @RequestParam String type, @RequestParam MultipartFile file,
			Principal principal) throws IOException {
		return this.drafting.upload(principal.getName(), reference, type, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/{reference}/documents/{id}")
	ResponseEntity<StreamingResponseBody> document(@PathVariable String reference, @PathVariable UUID id,
			Principal principal) {
		return DocumentResponse.of(reference + "-" + id + ".pdf",
				this.queries.document(principal.getName(), reference, id));
	}

	@PostMapping("/{reference}/submission")
	ReceiptView submit(@PathVariable String reference,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal) {
		return this.submitting.submit(principal.getName(), reference, idempotencyKey);
	}

	@PostMapping("/{reference}/withdrawal")
	SubmissionView withdraw(@PathVariable String reference, Principal principal) {
		this.submitting.withdraw(principal.getName(), reference);
		return this.queries.submission(principal.getName(), reference);
	}

	@PostMapping("/{reference}/eligibility")
	SubmissionView decide(@PathVariable String reference, @RequestBody EligibilityRequest request,
			Principal principal) {
		this.eligibility.decide(principal.getName(), reference, Boolean.TRUE.equals(request.eligible()),
				request.comment());
		return this.queries.submission(principal.getName(), reference);
	}

	record EligibilityRequest(Boolean eligible, String comment) {
	}

	record DraftRequest(String call, String challenge, String title, String acronym, String summary,
			java.math.BigDecimal requestedAmount, Integer trl, String team, String partners,
			java.util.Set<String> declarations, java.util.List<String> keywords) {

		ProposalInput toInput() {
			return new ProposalInput(this.challenge, this.title, this.acronym, this.summary, this.requestedAmount,
					this.trl, this.team, this.partners, this.declarations, this.keywords);
		}

	}

}
