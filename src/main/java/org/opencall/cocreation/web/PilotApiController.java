package org.opencall.cocreation.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencall.cocreation.CallLedger;
import org.opencall.cocreation.ClosingPilots;
import org.opencall.cocreation.Delivering;
import org.opencall.cocreation.KickingOff;
import org.opencall.cocreation.PilotQueries;
import org.opencall.cocreation.PilotView;
import org.opencall.cocreation.ReleasingPayments;
import org.opencall.cocreation.ReleasingPayments.Release;
import org.opencall.cocreation.Reviewing;
import org.opencall.cocreation.PaymentsLedger;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The pilots through the JSON API: the company submits its deliverables, the officer and
 * the host co-review them, a second officer releases the payments (releasing twice
 * changes nothing), an officer closes the grant; everybody who takes part reads, as do
 * auditors.
 */
@RestController
@RequestMapping("/api/pilots")
class PilotApiController {

	private final PilotQueries queries;

	private final KickingOff kickOff;

	private final Delivering delivering;

	private final Reviewing reviewing;

	private final ReleasingPayments payments;

	private final ClosingPilots closing;

	PilotApiController(PilotQueries queries, KickingOff kickOff, Delivering delivering, Reviewing reviewing,
			ReleasingPayments payments, ClosingPilots closing) {
		this.queries = queries;
		this.kickOff = kickOff;
		this.delivering = delivering;
		this.reviewing = reviewing;
		this.payments = payments;
		this.closing = closing;
	}

	@GetMapping
	List<PilotView> pilots(Principal principal) {
		return this.queries.visibleTo(principal.getName());
	}

	@GetMapping("/ledger")
	CallLedger ledgerOfCall(@RequestParam String call, Principal principal) {
		return this.queries.ledgerOfCall(principal.getName(), call);
	}

	@GetMapping("/{reference}")
	PilotView pilot(@PathVariable String reference, Principal principal) {
		return this.queries.pilot(principal.getName(), reference);
	}

	@GetMapping("/{reference}/ledger")
	PaymentsLedger ledger(@PathVariable String reference, Principal principal) {
		return this.queries.pilot(principal.getName(), reference).ledger();
	}

	@GetMapping("/{reference}/documents/{id}")
	ResponseEntity<StreamingResponseBody> document(@PathVariable String reference, @PathVariable UUID id,
			Principal principal) {
		return Uploads.download(this.queries, principal.getName(), reference, id);
	}

	@PostMapping("/{reference}/kick-off")
	PilotView kickOff(@PathVariable String reference, @RequestBody KickOffRequest request, Principal principal) {
		this.kickOff.hold(principal.getName(), reference, request.date(), request.notes());
		return pilot(reference, principal);
	}

	@PostMapping(path = "/{reference}/deliverables", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PilotView submit(@PathVariable String reference, @RequestPart("deliverable") DeliverableRequest request,
			@RequestPart(name = "documents", required = false) List<MultipartFile> documents, Principal principal) {
		this.delivering.submit(principal.getName(), reference, request.milestone(), request.report(),
				Uploads.text(request.readings()), Uploads.of(documents));
		return pilot(reference, principal);
	}

	@PostMapping("/{reference}/review")
	PilotView review(@PathVariable String reference, @RequestBody VerdictRequest request, Principal principal) {
		this.reviewing.review(principal.getName(), reference, request.verdict(), request.comment());
		return pilot(reference, principal);
	}

	@PostMapping("/{reference}/co-review")
	PilotView coReview(@PathVariable String reference, @RequestBody VerdictRequest request, Principal principal) {
		this.reviewing.coReview(principal.getName(), reference, request.verdict(), request.comment());
		return pilot(reference, principal);
	}

	@PostMapping("/{reference}/payments/{number}/release")
	Release release(@PathVariable String reference, @PathVariable int number, Principal principal) {
		return this.payments.release(principal.getName(), reference, number);
	}

	@PostMapping("/{reference}/final-review")
	PilotView close(@PathVariable String reference, @RequestBody FinalReviewRequest request, Principal principal) {
		this.closing.close(principal.getName(), reference, request.outcome(), Uploads.text(request.finalValues()),
				request.summary());
		return pilot(reference, principal);
	}

	record KickOffRequest(String date, String notes) {
	}

	record DeliverableRequest(Integer milestone, String report, Map<String, Object> readings) {
	}

	record VerdictRequest(String verdict, String comment) {
	}

	record FinalReviewRequest(String outcome, Map<String, Object> finalValues, String summary) {
	}

}
