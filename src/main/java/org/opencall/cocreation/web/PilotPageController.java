package org.opencall.cocreation.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencall.cocreation.ClosingPilots;
import org.opencall.cocreation.Delivering;
import org.opencall.cocreation.KickingOff;
import org.opencall.cocreation.PilotQueries;
import org.opencall.cocreation.ReleasingPayments;
import org.opencall.cocreation.Reviewing;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pilots' pages: the list of one's pilots, a pilot with its milestones, deliverables,
 * verdicts and payments and the forms for whoever may act now, and a call's payments
 * ledger. A refusal shows the page again with each reason beside its field.
 */
@Controller
class PilotPageController {

	private static final String READINGS = "readings[";

	private static final String FINAL_VALUES = "finalValues[";

	private final PilotQueries queries;

	private final KickingOff kickOff;

	private final Delivering delivering;

	private final Reviewing reviewing;

	private final ReleasingPayments payments;

	private final ClosingPilots closing;

	PilotPageController(PilotQueries queries, KickingOff kickOff, Delivering delivering, Reviewing reviewing,
			ReleasingPayments payments, ClosingPilots closing) {
		this.queries = queries;
		this.kickOff = kickOff;
		this.delivering = delivering;
		this.reviewing = reviewing;
		this.payments = payments;
		this.closing = closing;
	}

	@GetMapping("/pilots")
	String pilots(Model model, Principal principal) {
		model.addAttribute("pilots", this.queries.visibleTo(principal.getName()));
		return "pilots/pilots";
	}

	@GetMapping("/pilots/ledger")
	String ledger(@RequestParam(required = false) String call, Model model, Principal principal) {
		if (call == null || call.isBlank()) {
			throw InvalidInputException.of("call", "is required: the reference of the call");
		}
		model.addAttribute("ledger", this.queries.ledgerOfCall(principal.getName(), call.strip()));
		return "pilots/ledger";
	}

	@GetMapping("/pilots/{reference}")
	String pilot(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("pilot", this.queries.pilot(principal.getName(), reference));
		model.addAttribute("me", principal.getName());
		if (!model.containsAttribute("fieldErrors")) {
			model.addAttribute("fieldErrors", Map.of());
		}
		return "pilots/pilot";
	}

	@GetMapping("/pilots/{reference}/documents/{id}")
	ResponseEntity<StreamingResponseBody> document(@PathVariable String reference, @PathVariable UUID id,
			Principal principal) {
		return Uploads.download(this.queries, principal.getName(), reference, id);
	}

	@PostMapping("/pilots/{reference}/kick-off")
	String kickOff(@PathVariable String reference, @RequestParam(required = false) String kickOffDate,
			@RequestParam(required = false) String kickOffNotes, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "The kick-off is recorded; the host's need owners joined.",
				() -> this.kickOff.hold(principal.getName(), reference, kickOffDate, kickOffNotes));
	}

	@PostMapping("/pilots/{reference}/deliverables")
	String submit(@PathVariable String reference, @RequestParam(required = false) String milestone,
			@RequestParam(required = false) String report, @RequestParam Map<String, String> parameters,
			@RequestParam(name = "documents", required = false) List<MultipartFile> documents, Model model,
			Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect,
				"The deliverable is submitted; the project officer and the host organisation review it.",
				() -> this.delivering.submit(principal.getName(), reference, number("milestone", milestone), report,
						indexed(parameters, READINGS), Uploads.of(documents)));
	}

	@PostMapping("/pilots/{reference}/review")
	String review(@PathVariable String reference, @RequestParam(required = false) String verdict,
			@RequestParam(required = false) String comment, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "Your verdict is recorded.",
				() -> this.reviewing.review(principal.getName(), reference, verdict, comment));
	}

	@PostMapping("/pilots/{reference}/co-review")
	String coReview(@PathVariable String reference, @RequestParam(required = false) String verdict,
			@RequestParam(required = false) String comment, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "Your verdict is recorded.",
				() -> this.reviewing.coReview(principal.getName(), reference, verdict, comment));
	}

	@PostMapping("/pilots/{reference}/payments/{number}/release")
	String release(@PathVariable String reference, @PathVariable int number, Model model, Principal principal,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("message",
					this.payments.release(principal.getName(), reference, number).message() + ".");
			return "redirect:/pilots/" + reference;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			refused(refusal, model);
		}
		return pilot(reference, model, principal);
	}

	@PostMapping("/pilots/{reference}/final-review")
	String close(@PathVariable String reference, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String summary, @RequestParam Map<String, String> parameters, Model model,
			Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "The grant is closed with its outcome.", () -> this.closing
			.close(principal.getName(), reference, outcome, indexed(parameters, FINAL_VALUES), summary));
	}

	private String act(String reference, Model model, Principal principal, RedirectAttributes redirect, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/pilots/" + reference;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			refused(refusal, model);
		}
		return pilot(reference, model, principal);
	}

	private static void refused(RuntimeException refusal, Model model) {
		FormErrors.show(refusal, model);
		Map<String, String> fields = new LinkedHashMap<>();
		if (refusal instanceof InvalidInputException invalid) {
			for (FieldViolation violation : invalid.violations()) {
				fields.merge(violation.field(), violation.reason(), (a, b) -> a + "; " + b);
			}
			model.addAttribute("error", "Refused, nothing was changed: see the reasons beside the fields.");
		}
		model.addAttribute("fieldErrors", fields);
	}

	/** {@code readings[Readmissions avoided]=6} as the map of name to value. */
	private static Map<String, String> indexed(Map<String, String> parameters, String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(prefix) && name.endsWith("]")) {
				values.put(name.substring(prefix.length(), name.length() - 1), value);
			}
		});
		return values;
	}

	private static Integer number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(field, "must be a milestone's number");
		}
	}

}
