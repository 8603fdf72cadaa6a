package org.opencall.selection.web;

import java.math.BigDecimal;
import java.security.Principal;

import org.opencall.selection.CallRanking;
import org.opencall.selection.FundingDecision;
import org.opencall.selection.PanelAdjusting;
import org.opencall.selection.RankingView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call's selection through the JSON API: the ranking, the panel's adjustments (each
 * with a justification), the proposal of the funding decision and its approval or return
 * by a second officer. Officers of the call's programme act; auditors read.
 */
@RestController
@RequestMapping("/api/calls/{reference}/selection")
class SelectionApiController {

	private final CallRanking ranking;

	private final PanelAdjusting adjusting;

	private final FundingDecision decision;

	SelectionApiController(CallRanking ranking, PanelAdjusting adjusting, FundingDecision decision) {
		this.ranking = ranking;
		this.adjusting = adjusting;
		this.decision = decision;
	}

	@GetMapping
	RankingView selection(@PathVariable String reference, Principal principal) {
		return this.ranking.of(principal.getName(), reference);
	}

	@PostMapping("/score-adjustments")
	RankingView adjustScore(@PathVariable String reference, @RequestBody ScoreAdjustmentRequest request,
			Principal principal) {
		this.adjusting.adjustScore(principal.getName(), reference, request.submission(), request.criterion(),
				request.before(), request.after(), request.justification());
		return this.ranking.of(principal.getName(), reference);
	}

	@PostMapping("/order-adjustments")
	RankingView move(@PathVariable String reference, @RequestBody OrderAdjustmentRequest request, Principal principal) {
		this.adjusting.move(principal.getName(), reference, request.submission(), request.position(),
				request.justification());
		return this.ranking.of(principal.getName(), reference);
	}

	@PostMapping("/proposal")
	RankingView propose(@PathVariable String reference, @RequestBody(required = false) CommentRequest request,
			Principal principal) {
		this.decision.propose(principal.getName(), reference, (request != null) ? request.comment() : null);
		return this.ranking.of(principal.getName(), reference);
	}

	@PostMapping("/review")
	RankingView review(@PathVariable String reference, @RequestBody ReviewRequest request, Principal principal) {
		this.decision.review(principal.getName(), reference, request.decision(), request.comment());
		return this.ranking.of(principal.getName(), reference);
	}

	record ScoreAdjustmentRequest(String submission, String criterion, BigDecimal before, BigDecimal after,
			String justification) {
	}

	record OrderAdjustmentRequest(String submission, Integer position, String justification) {
	}

	record CommentRequest(String comment) {
	}

	record ReviewRequest(String decision, String comment) {
	}

}
