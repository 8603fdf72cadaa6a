package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.evaluation.ChoosingRapporteurs;
import org.opencall.evaluation.DashboardView;
import org.opencall.evaluation.EvaluationDashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A call's evaluation dashboard as JSON, and the officers' choice of rapporteurs. */
@RestController
class DashboardApiController {

	private final EvaluationDashboard dashboard;

	private final ChoosingRapporteurs rapporteurs;

	DashboardApiController(EvaluationDashboard dashboard, ChoosingRapporteurs rapporteurs) {
		this.dashboard = dashboard;
		this.rapporteurs = rapporteurs;
	}

	@GetMapping("/api/calls/{reference}/evaluation")
	DashboardView dashboard(@PathVariable String reference, Principal principal) {
		return this.dashboard.of(principal.getName(), reference);
	}

	@PostMapping("/api/calls/{reference}/evaluation/rapporteurs")
	ResponseEntity<Void> chooseRapporteur(@PathVariable String reference, @RequestBody RapporteurRequest request,
			Principal principal) {
		this.rapporteurs.choose(principal.getName(), reference, request.submission(), request.expert());
		return ResponseEntity.noContent().build();
	}

	/** The officer's choice: this expert of the proposal drafts its consensus report. */
	record RapporteurRequest(String submission, String expert) {
	}

}
