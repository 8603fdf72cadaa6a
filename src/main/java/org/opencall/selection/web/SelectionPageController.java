package org.opencall.selection.web;

import java.math.BigDecimal;
import java.security.Principal;

import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.selection.CallRanking;
import org.opencall.selection.FundingDecision;
import org.opencall.selection.PanelAdjusting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel's page of a call's selection: the ranking with the experts' spread and
 * calibration flags, the adjustments with their justifications, and the four-eyes
 * decision — proposed here or in Tasklist, approved or sent back by a second officer.
 */
@Controller
class SelectionPageController {

	private final CallRanking ranking;

	private final PanelAdjusting adjusting;

	private final FundingDecision decision;

	SelectionPageController(CallRanking ranking, PanelAdjusting adjusting, FundingDecision decision) {
		this.ranking = ranking;
		this.adjusting = adjusting;
		this.decision = decision;
	}

	@GetMapping("/officer/calls/{reference}/selection")
	String page(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("ranking", this.ranking.of(principal.getName(), reference));
		model.addAttribute("me", principal.getName());
		return "officer/selection";
	}

	@PostMapping("/officer/calls/{reference}/selection/score-adjustments")
	String adjustScore(@PathVariable String reference, @RequestParam(required = false) String submission,
			@RequestParam(required = false) String criterion, @RequestParam(required = false) String score,
			@RequestParam(required = false) String justification, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "The consensus score of " + submission + " is adjusted.",
				() -> {
					this.adjusting.requireAdjustable(principal.getName(), reference);
					this.adjusting.adjustScore(principal.getName(), reference, submission, criterion, null,
							score(score), justification);
				});
	}

	@PostMapping("/officer/calls/{reference}/selection/order-adjustments")
	String move(@PathVariable String reference, @RequestParam(required = false) String submission,
			@RequestParam(required = false) String position, @RequestParam(required = false) String justification,
			Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, submission + " has its new place in the ranking.", () -> {
			this.adjusting.requireAdjustable(principal.getName(), reference);
			this.adjusting.move(principal.getName(), reference, submission, position(position), justification);
		});
	}

	@PostMapping("/officer/calls/{reference}/selection/proposal")
	String propose(@PathVariable String reference, @RequestParam(required = false) String comment, Model model,
			Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect,
				"The funding decision is proposed; a second officer of the programme approves it or sends it back.",
				() -> this.decision.propose(principal.getName(), reference, comment));
	}

	@PostMapping("/officer/calls/{reference}/selection/review")
	String review(@PathVariable String reference, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String comment, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect,
				"approve".equals(decision) ? "The funding decision is approved; the result letters are on their way."
						: "The funding decision is sent back to the panel.",
				() -> this.decision.review(principal.getName(), reference, decision, comment));
	}

	private String act(String reference, Model model, Principal principal, RedirectAttributes redirect, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/officer/calls/" + reference + "/selection";
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return page(reference, model, principal);
	}

	private static BigDecimal score(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of("score", "is required: the new consensus score, 0 to 5 in half points");
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("score", "must be a number from 0 to 5 in half points, such as 3.5");
		}
	}

	private static Integer position(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of("position", "is required: the proposal's new place, from 1");
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("position", "must be a whole number from 1");
		}
	}

}
