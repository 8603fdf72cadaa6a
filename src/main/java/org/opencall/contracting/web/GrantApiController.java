package org.opencall.contracting.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.opencall.contracting.AgreementApproval;
import org.opencall.contracting.AgreementDrafting;
import org.opencall.contracting.AgreementInput;
import org.opencall.contracting.Amending;
import org.opencall.contracting.CompanyAnswer;
import org.opencall.contracting.GrantQueries;
import org.opencall.contracting.GrantSummary;
import org.opencall.contracting.GrantView;
import org.opencall.platform.PdfDownload;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grants through the JSON API: a company reads its own and answers its offers and asks
 * for amendments; officers of the grant's programme draft, prepare and approve the
 * agreement and decide amendments; auditors read every grant.
 */
@RestController
@RequestMapping("/api/grants")
class GrantApiController {

	private final GrantQueries queries;

	private final AgreementDrafting drafting;

	private final AgreementApproval approval;

	private final CompanyAnswer answer;

	private final Amending amending;

	GrantApiController(GrantQueries queries, AgreementDrafting drafting, AgreementApproval approval,
			CompanyAnswer answer, Amending amending) {
		this.queries = queries;
		this.drafting = drafting;
		this.approval = approval;
		this.answer = answer;
		this.amending = amending;
	}

	@GetMapping
	List<GrantSummary> grants(Principal principal) {
		return this.queries.visibleTo(principal.getName());
	}

	@GetMapping("/{reference}")
	GrantView grant(@PathVariable String reference, Principal principal) {
		return this.queries.grant(principal.getName(), reference);
	}

	@PutMapping("/{reference}/agreement")
	GrantView draft(@PathVariable String reference, @RequestBody AgreementInput input, Principal principal) {
		this.drafting.draft(principal.getName(), reference, input);
		return this.queries.grant(principal.getName(), reference);
	}

	@PostMapping("/{reference}/preparation")
	GrantView prepare(@PathVariable String reference, Principal principal) {
		this.approval.prepare(principal.getName(), reference);
		return this.queries.grant(principal.getName(), reference);
	}

	@PostMapping("/{reference}/approval")
	GrantView review(@PathVariable String reference, @RequestBody ReviewRequest request, Principal principal) {
		this.approval.review(principal.getName(), reference, request.decision(), request.comment());
		return this.queries.grant(principal.getName(), reference);
	}

	@PostMapping("/{reference}/acceptance")
	GrantView accept(@PathVariable String reference, @RequestBody AcceptanceRequest request, Principal principal) {
		this.answer.accept(principal.getName(), reference, request.declarations());
		return this.queries.grant(principal.getName(), reference);
	}

	@PostMapping("/{reference}/decline")
	GrantView decline(@PathVariable String reference, @RequestBody ReasonRequest request, Principal principal) {
		this.answer.decline(principal.getName(), reference, request.reason());
		return this.queries.grant(principal.getName(), reference);
	}

	@GetMapping("/{reference}/agreement.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String reference, @RequestParam(required = false) Integer version,
			Principal principal) {
		return PdfDownload.of("grant-agreement-" + reference + ((version != null) ? "-v" + version : "") + ".pdf",
				this.queries.pdf(principal.getName(), reference, version));
	}

	@PostMapping("/{reference}/amendments")
	ResponseEntity<Map<String, Object>> requestAmendment(@PathVariable String reference,
			@RequestBody AmendmentRequest request, Principal principal) {
		int number = this.amending.request(principal.getName(), reference, request.reason(), request.terms());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("grantReference", reference, "amendment", number));
	}

	@PostMapping("/{reference}/amendments/{number}/approval")
	GrantView approveAmendment(@PathVariable String reference, @PathVariable int number, Principal principal) {
		this.amending.approve(principal.getName(), reference, number);
		return this.queries.grant(principal.getName(), reference);
	}

	@PostMapping("/{reference}/amendments/{number}/refusal")
	GrantView refuseAmendment(@PathVariable String reference, @PathVariable int number,
			@RequestBody ReasonRequest request, Principal principal) {
		this.amending.refuse(principal.getName(), reference, number, request.reason());
		return this.queries.grant(principal.getName(), reference);
	}

	record ReviewRequest(String decision, String comment) {
	}

	record AcceptanceRequest(List<String> declarations) {
	}

	record ReasonRequest(String reason) {
	}

	record AmendmentRequest(String reason, AgreementInput terms) {
	}

}
