package org.opencall.evaluation.web;

import java.security.Principal;
import java.util.UUID;

import org.opencall.evaluation.ProposalReading;
import org.opencall.submissions.DocumentDownload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The proposal an expert evaluates, linked from their task forms in Tasklist: its content
 * and documents, only for the experts assigned to it without conflict while it is
 * evaluated (and its moderating officers and auditors).
 */
@Controller
@RequestMapping("/evaluations/{reference}")
class EvaluationPageController {

	private final ProposalReading reading;

	EvaluationPageController(ProposalReading reading) {
		this.reading = reading;
	}

	@GetMapping
	String proposal(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("proposal", this.reading.proposal(principal.getName(), reference));
		return "evaluations/proposal";
	}

	/** A document as a download, never rendered inline in the application's origin. */
	@GetMapping("/documents/{id}")
	@ResponseBody
	ResponseEntity<StreamingResponseBody> document(@PathVariable String reference, @PathVariable UUID id,
			Principal principal) {
		DocumentDownload document = this.reading.document(principal.getName(), reference, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(reference + "-" + id + ".pdf").build().toString())
			.body(document::writeTo);
	}

}
