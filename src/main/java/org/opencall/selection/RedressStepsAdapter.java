package org.opencall.selection;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.opencall.evaluation.Reevaluations;
import org.opencall.identity.Programme;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.PageFormat;
import org.opencall.selection.domain.RedressRequest;
import org.opencall.selection.domain.RedressRequestRepository;
import org.opencall.selection.domain.RedressStatus;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;
import org.opencall.selection.process.RedressProcess;
import org.opencall.selection.process.RedressSteps;
import org.opencall.platform.TaskText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The selection module's answer to {@code redress}: the steps on the redress request. */
@Component
@Transactional
class RedressStepsAdapter implements RedressSteps {

	private final RedressRequestRepository requests;

	private final OfficerSelections officers;

	private final SelectionRepository selections;

	private final ResultLetters letters;

	private final Reevaluations reevaluations;

	private final ReevaluatedResult reevaluated;

	private final RedressMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PageFormat format;

	RedressStepsAdapter(RedressRequestRepository requests, OfficerSelections officers, SelectionRepository selections,
			ResultLetters letters, Reevaluations reevaluations, ReevaluatedResult reevaluated, RedressMails mails,
			ApplicationEventPublisher events, Clock clock, PageFormat format) {
		this.requests = requests;
		this.officers = officers;
		this.selections = selections;
		this.letters = letters;
		this.reevaluations = reevaluations;
		this.reevaluated = reevaluated;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
		this.format = format;
	}

	@Override
	public String officersGroup(String submissionReference) {
		return Programme.groupIdOf(request(submissionReference).programmeCode());
	}

	@Override
	public Map<String, Object> reviewContext(String submissionReference) {
		RedressRequest request = request(submissionReference);
		Map<String, Object> variables = new HashMap<>();
		variables.put(RedressProcess.VAR_SUBMISSION_REFERENCE, submissionReference);
		variables.put(RedressProcess.VAR_CALL_REFERENCE, request.callReference());
		variables.put(RedressProcess.VAR_GROUNDS, request.grounds());
		variables.put(RedressProcess.VAR_FILED_AT, this.format.dateTime(request.filedAt(), "UTC"));
		this.letters.latest(submissionReference).ifPresent((letter) -> {
			variables.put(RedressProcess.VAR_PROPOSAL_TITLE, letter.summary().proposalTitle());
			variables.put(RedressProcess.VAR_RESULT,
					TaskText.fitted(letter.summary().resultText() + ". " + letter.summary().reason()));
		});
		return variables;
	}

	@Override
	public void requireUninvolved(String submissionReference, String officer) {
		RedressRequest.requireUninvolved(officer, selection(request(submissionReference)));
	}

	@Override
	public void recordReview(String submissionReference, String officer, String decision, String reasons) {
		RedressRequest request = request(submissionReference);
		this.officers.requireOfficerOf(request.programmeCode(), officer,
				"Only an officer of the call's programme reviews its redress requests");
		boolean upheld;
		if (RedressProcess.DECISION_UPHOLD.equals(decision)) {
			upheld = true;
		}
		else if (RedressProcess.DECISION_REJECT.equals(decision)) {
			upheld = false;
		}
		else {
			throw InvalidInputException.of("decision", "must be uphold or reject");
		}
		Object decided = request.decide(officer, upheld, reasons, this.clock.instant(), selection(request));
		this.requests.save(request);
		this.events.publishEvent(decided);
		if (upheld) {
			this.mails.upheld(request);
		}
		else {
			this.mails.rejected(request);
		}
	}

	@Override
	public boolean isUpheld(String submissionReference) {
		return request(submissionReference).status() == RedressStatus.UPHELD;
	}

	@Override
	public void startReevaluation(String submissionReference) {
		RedressRequest request = request(submissionReference);
		this.reevaluations.start(submissionReference, request.officer(), request.reasons());
	}

	@Override
	public void conclude(String submissionReference) {
		RedressRequest request = request(submissionReference);
		Selection selection = selection(request);
		EvaluationSummary summary = this.reevaluated.summary(selection, submissionReference, this.clock.instant());
		this.letters.reissue(summary);
		Object concluded = request.conclude(summary.result(), this.clock.instant());
		this.requests.save(request);
		this.events.publishEvent(concluded);
	}

	private RedressRequest request(String submissionReference) {
		return this.requests.findBySubmissionReference(submissionReference)
			.orElseThrow(() -> new NotFoundException("No redress request for " + submissionReference));
	}

	private Selection selection(RedressRequest request) {
		return this.selections.findByCallReference(request.callReference()).orElseThrow();
	}

}
