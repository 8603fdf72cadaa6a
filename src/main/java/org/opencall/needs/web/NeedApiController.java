package org.opencall.needs.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedClarification;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.NeedView;
import org.opencall.needs.TriageInput;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The needs JSON API: need owners state and edit needs, attach PDFs and answer questions;
 * programme officers read the backlog and triage.
 */
@RestController
@RequestMapping("/api/needs")
class NeedApiController {

	private final NeedSubmission submission;

	private final NeedBacklog backlog;

	private final NeedTriage triage;

	private final NeedClarification clarification;

	NeedApiController(NeedSubmission submission, NeedBacklog backlog, NeedTriage triage,
			NeedClarification clarification) {
		this.submission = submission;
		this.backlog = backlog;
		this.triage = triage;
		this.clarification = clarification;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<NeedView> submit(@RequestBody NeedRequest request, Principal principal) {
		return created(this.submission.submit(principal.getName(), request.toInput(), List.of()), principal);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<NeedView> submitWithAttachments(@RequestPart("need") NeedRequest request,
			@RequestPart(name = "attachments", required = false) List<MultipartFile> attachments, Principal principal) {
		return created(this.submission.submit(principal.getName(), request.toInput(), Uploads.of(attachments)),
				principal);
	}

	@GetMapping("/mine")
	List<NeedView> ofMyOrganisation(Principal principal) {
		return this.backlog.ofMyOrganisation(principal.getName());
	}

	@GetMapping
	List<NeedView> backlog(NeedFilterParameters filter, Principal principal) {
		return this.backlog.backlog(principal.getName(), filter.toFilter());
	}

	@GetMapping("/{reference}")
	NeedView need(@PathVariable String reference, Principal principal) {
		return this.backlog.need(principal.getName(), reference);
	}

	@PutMapping("/{reference}")
	NeedView edit(@PathVariable String reference, @RequestBody NeedRequest request, Principal principal) {
		this.submission.edit(principal.getName(), reference, request.toInput());
		return this.backlog.need(principal.getName(), reference);
	}

	@PostMapping(path = "/{reference}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	NeedView attach(@PathVariable String reference, @RequestParam("file") MultipartFile file, Principal principal) {
		this.submission.attach(principal.getName(), reference, Uploads.of(file));
		return this.backlog.need(principal.getName(), reference);
	}

	/**
	 * An attached PDF as a download, never rendered inline in the application's origin;
	 * its content streams from the database as it is sent.
	 */
	@GetMapping("/{reference}/attachments/{id}")
	ResponseEntity<Resource> attachment(@PathVariable String reference, @PathVariable UUID id, Principal principal) {
		Resource content = this.backlog.attachment(principal.getName(), reference, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(reference + "-" + id + ".pdf").build().toString())
			.body(content);
	}

	@PostMapping("/{reference}/triage")
	NeedView triage(@PathVariable String reference, @RequestBody TriageInput input, Principal principal) {
		this.triage.triage(principal.getName(), reference, input);
		return this.backlog.need(principal.getName(), reference);
	}

	@PostMapping("/{reference}/clarification")
	NeedView answer(@PathVariable String reference, @RequestBody Map<String, String> body, Principal principal) {
		this.clarification.answer(principal.getName(), reference, body.get("answer"));
		return this.backlog.need(principal.getName(), reference);
	}

	private ResponseEntity<NeedView> created(String reference, Principal principal) {
		return ResponseEntity.created(URI.create("/api/needs/" + reference))
			.body(this.backlog.need(principal.getName(), reference));
	}

}
