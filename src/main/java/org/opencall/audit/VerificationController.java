package org.opencall.audit;

import org.opencall.audit.ChainVerification.ChainVerified;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The verification of the audit chain as a page: {@code /audit/verification}. */
@Controller
class VerificationController {

	private final ChainVerification verification;

	private final ChainHead head;

	VerificationController(ChainVerification verification, ChainHead head) {
		this.verification = verification;
		this.head = head;
	}

	@GetMapping("/audit/verification")
	String verification(Model model) {
		ChainVerified verified = this.verification.verify();
		model.addAttribute("verification", verified);
		model.addAttribute("head", this.head.current());
		return "audit/verification";
	}

}
