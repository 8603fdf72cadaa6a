package org.opencall.selection;

import java.time.Clock;

import org.opencall.platform.InvalidInputException;
import org.opencall.selection.OfficerSelections.Found;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;
import org.opencall.selection.process.SelectionEngine;
import org.opencall.selection.process.SelectionProcess;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes funding decision of a call: one officer of its programme proposes the
 * ranking as it stands, a second one approves it or sends it back. Both act by completing
 * their task, in Tasklist or here; either way the decision is recorded by the task's
 * listener through {@link #recordProposal} and {@link #recordReview}, so that the rules
 * hold whichever way the task is completed. An approval publishes {@link FundingDecided}
 * in its transaction.
 */
@Service
@Transactional
public class FundingDecision {

	private final OfficerSelections selections;

	private final SelectionRepository repository;

	private final RankingOfCall ranking;

	private final ResultLetters letters;

	private final SelectionEngine engine;

	private final SelectionMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundingDecision(OfficerSelections selections, SelectionRepository repository, RankingOfCall ranking,
			ResultLetters letters, SelectionEngine engine, SelectionMails mails, ApplicationEventPublisher events,
			Clock clock) {
		this.selections = selections;
		this.repository = repository;
		this.ranking = ranking;
		this.letters = letters;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/** The officer proposes the ranking as it stands as the call's funding decision. */
	public void propose(String officer, String callReference, String comment) {
		this.selections.toChange(officer, callReference);
		this.engine.completeProposal(callReference, officer, comment);
	}

	/**
	 * A second officer approves the proposed decision ({@code approve}) or sends it back.
	 */
	public void review(String officer, String callReference, String decision, String comment) {
		this.selections.toChange(officer, callReference);
		this.engine.completeReview(callReference, officer, decision, comment);
	}

	void recordProposal(String callReference, String officer, String comment) {
		Found found = officerOfProgramme(callReference, officer);
		Selection selection = found.selection();
		DecisionList list = this.ranking.current(found.call(), selection);
		Object proposed = selection.propose(officer, list, comment, this.clock.instant());
		this.repository.save(selection);
		this.mails.proposed(callReference, selection.programmeCode(), officer, selection.proposedAt().toEpochMilli());
		this.events.publishEvent(proposed);
	}

	void recordReview(String callReference, String officer, String decision, String comment) {
		Found found = officerOfProgramme(callReference, officer);
		Selection selection = found.selection();
		String proposer = selection.proposedBy();
		Object event;
		if (SelectionProcess.DECISION_APPROVE.equals(decision)) {
			event = selection.approve(officer, comment, this.clock.instant(), found.call().selection().redressDays());
			this.repository.save(selection);
			this.letters.issue(found.call(), selection);
			this.events.publishEvent(new FundingDecided(callReference));
		}
		else if (SelectionProcess.DECISION_SEND_BACK.equals(decision)) {
			event = selection.sendBack(officer, comment, this.clock.instant());
			this.repository.save(selection);
			this.mails.sentBack(callReference, proposer, officer, selection.reviewComment(),
					selection.reviewedAt().toEpochMilli());
		}
		else {
			throw InvalidInputException.of("decision", "must be approve or sendBack");
		}
		this.events.publishEvent(event);
	}

	private Found officerOfProgramme(String callReference, String officer) {
		Found found = this.selections.byReference(callReference);
		this.selections.requireOfficerOf(found.selection().programmeCode(), officer,
				"Only an officer of the call's programme decides its funding");
		return found;
	}

}
