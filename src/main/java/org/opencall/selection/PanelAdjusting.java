package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.opencall.platform.InvalidInputException;
import org.opencall.selection.OfficerSelections.Found;
import org.opencall.selection.domain.OrderAdjustment;
import org.opencall.selection.domain.RankedProposal;
import org.opencall.selection.domain.RecordedAdjustment;
import org.opencall.selection.domain.ScoreAdjustment;
import org.opencall.selection.domain.SelectionRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's changes to a call's ranking, by an officer of its programme while the
 * decision is prepared: a consensus score or a proposal's place, each with a written
 * justification, kept with the values before and after. Each is checked against the
 * ranking as it stands before it is kept.
 */
@Service
@Transactional
public class PanelAdjusting {

	private final OfficerSelections selections;

	private final SelectionRepository repository;

	private final RankingOfCall ranking;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PanelAdjusting(OfficerSelections selections, SelectionRepository repository, RankingOfCall ranking,
			ApplicationEventPublisher events, Clock clock) {
		this.selections = selections;
		this.repository = repository;
		this.ranking = ranking;
		this.events = events;
		this.clock = clock;
	}

	/** Refuses anybody but an officer of the call's programme while the panel works. */
	@Transactional(readOnly = true)
	public void requireAdjustable(String officer, String callReference) {
		this.selections.toChange(officer, callReference);
	}

	/**
	 * Changes a proposal's consensus score on one criterion; {@code before}, when given,
	 * must still be the score (nobody changed it meanwhile).
	 */
	public void adjustScore(String officer, String callReference, String submission, String criterion,
			BigDecimal before, BigDecimal after, String justification) {
		Found found = this.selections.toChange(officer, callReference);
		if (after == null) {
			throw InvalidInputException.of("after", "is required: the new consensus score, 0 to 5 in half points");
		}
		RankingOfCall.Inputs inputs = this.ranking.inputs(found.call());
		RankedProposal entry = entry(found, inputs, submission);
		BigDecimal current = entry.scores().get(criterion);
		if (current == null) {
			throw InvalidInputException.of("criterion", "must be one of the call's criteria: "
					+ String.join(", ", found.call().criteria().stream().map((c) -> c.name()).toList()));
		}
		Instant now = this.clock.instant();
		ScoreAdjustment adjustment = new ScoreAdjustment(submission, criterion, (before != null) ? before : current,
				after, justification, officer, now);
		this.ranking.result(inputs, found.selection(), List.of(adjustment));
		keep(found, new RecordedAdjustment(RecordedAdjustment.Kind.SCORE, submission, criterion, adjustment.before(),
				after, adjustment.justification(), officer, now));
	}

	/** Moves a passing proposal to a rank (1 is the top) among the passing proposals. */
	public void move(String officer, String callReference, String submission, Integer position, String justification) {
		Found found = this.selections.toChange(officer, callReference);
		if (position == null) {
			throw InvalidInputException.of("position", "is required: the proposal's new rank, from 1");
		}
		RankingOfCall.Inputs inputs = this.ranking.inputs(found.call());
		RankedProposal entry = entry(found, inputs, submission);
		Instant now = this.clock.instant();
		OrderAdjustment adjustment = new OrderAdjustment(submission, position, justification, officer, now);
		this.ranking.result(inputs, found.selection(), List.of(adjustment));
		keep(found,
				new RecordedAdjustment(RecordedAdjustment.Kind.ORDER, submission, null,
						BigDecimal.valueOf(entry.rank()), BigDecimal.valueOf(position), adjustment.justification(),
						officer, now));
	}

	private RankedProposal entry(Found found, RankingOfCall.Inputs inputs, String submission) {
		if (submission == null || submission.isBlank()) {
			throw InvalidInputException.of("submission", "is required: the proposal to adjust");
		}
		return this.ranking.result(inputs, found.selection(), List.of())
			.entryOf(submission)
			.orElseThrow(() -> InvalidInputException.of("submission",
					"is not an evaluated proposal of call " + found.call().reference()));
	}

	private void keep(Found found, RecordedAdjustment adjustment) {
		Object adjusted = found.selection().adjust(adjustment);
		this.repository.save(found.selection());
		this.events.publishEvent(adjusted);
	}

}
