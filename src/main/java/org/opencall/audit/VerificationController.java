package org.opencall.audit;

import org.opencall.audit.ChainVerification.ChainVerified;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The verification of the audit chain as a page, {@code /audit/verification}, with the
 * chain's signed head and a form (a GET: it changes nothing) that compares an exported
 * head with the chain.
 */
@Controller
class VerificationController {

	private final ChainVerification verification;

	private final ChainHead head;

	VerificationController(ChainVerification verification, ChainHead head) {
		this.verification = verification;
		this.head = head;
	}

	@GetMapping("/audit/verification")
	String verification(@ModelAttribute("exported") HeadForm exported, BindingResult result, Model model) {
		ChainVerified verified = this.verification.verify();
		model.addAttribute("verification", verified);
		model.addAttribute("head", this.head.current());
		if (exported.isSent() && !result.hasErrors()) {
			try {
				HeadForm.Checked checked = exported.checked();
				model.addAttribute("checked",
						this.head.check(checked.position(), checked.linkHash(), checked.signature()));
			}
			catch (InvalidInputException refusal) {
				FormErrors.bind(refusal, result);
			}
		}
		return "audit/verification";
	}

}
