package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.DashboardView;
import org.opencall.evaluation.EvaluationDashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The officers' evaluation dashboard of a call, as a page and as JSON. */
@Controller
class DashboardPageController {

	private final CallCatalogue calls;

	private final EvaluationDashboard dashboard;

	DashboardPageController(CallCatalogue calls, EvaluationDashboard dashboard) {
		this.calls = calls;
		this.dashboard = dashboard;
	}

	@GetMapping("/officer/calls/{reference}/evaluation")
	String page(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("call", this.calls.officerCall(principal.getName(), reference));
		model.addAttribute("dashboard", this.dashboard.of(principal.getName(), reference));
		return "officer/evaluation";
	}

	@GetMapping("/api/calls/{reference}/evaluation")
	@ResponseBody
	DashboardView json(@PathVariable String reference, Principal principal) {
		return this.dashboard.of(principal.getName(), reference);
	}

}
