package org.opencall.selection.web;

import java.security.Principal;

import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PdfDownload;
import org.opencall.platform.StateConflictException;
import org.opencall.selection.ProposalResults;
import org.opencall.selection.RedressRequests;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's page of their proposal's result: the result and its reason, the
 * consensus scores and comments, the evaluation summary report to download, and the
 * redress request — filed here within the window.
 */
@Controller
class ResultPageController {

	private final ProposalResults results;

	private final RedressRequests redress;

	ResultPageController(ProposalResults results, RedressRequests redress) {
		this.results = results;
		this.redress = redress;
	}

	@GetMapping("/submissions/{reference}/result")
	String page(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("result", this.results.of(principal.getName(), reference));
		model.addAttribute("reference", reference);
		return "submissions/result";
	}

	@GetMapping("/submissions/{reference}/evaluation-summary.pdf")
	ResponseEntity<byte[]> evaluationSummary(@PathVariable String reference, Principal principal) {
		return PdfDownload.of(this.results.fileName(reference),
				this.results.evaluationSummaryReport(principal.getName(), reference));
	}

	@PostMapping("/submissions/{reference}/result/redress")
	String file(@PathVariable String reference, @RequestParam(required = false) String grounds, Model model,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.redress.file(principal.getName(), reference, grounds);
			redirect.addFlashAttribute("message",
					"Your redress request is filed. An officer who took no part in the decision reviews it.");
			return "redirect:/submissions/" + reference + "/result";
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
			model.addAttribute("grounds", grounds);
		}
		return page(reference, model, principal);
	}

}
