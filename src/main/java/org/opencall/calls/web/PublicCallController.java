package org.opencall.calls.web;

import java.security.Principal;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public call pages: open and upcoming calls, readable without a login; a logged-in
 * visitor may follow a call to be mailed at each step.
 */
@Controller
class PublicCallController {

	private final CallCatalogue catalogue;

	PublicCallController(CallCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/calls")
	String calls(Model model) {
		model.addAttribute("calls", this.catalogue.publicCalls());
		return "calls/list";
	}

	@GetMapping("/calls/{reference}")
	String call(@PathVariable String reference, Model model, Principal principal) {
		CallView call = this.catalogue.call(reference, null);
		model.addAttribute("call", call);
		model.addAttribute("following",
				principal != null && this.catalogue.isFollowing(reference, principal.getName()));
		return "calls/detail";
	}

	@PostMapping("/calls/{reference}/follow")
	String follow(@PathVariable String reference, @RequestParam boolean follow, Principal principal) {
		this.catalogue.follow(reference, principal.getName(), follow);
		return "redirect:/calls/" + reference;
	}

}
