package org.opencall.selection;

import java.time.Clock;

import org.opencall.identity.Programme;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;
import org.opencall.selection.domain.RedressRequest;
import org.opencall.selection.domain.RedressRequestRepository;
import org.opencall.selection.domain.RedressStatus;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;
import org.opencall.selection.process.RedressEngine;
import org.opencall.submissions.OwnProposal;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redress: an applicant files a request against their proposal's result within the call's
 * window; a programme officer who took no part in the funding decision reviews it (here
 * or in Tasklist), and the outcome is mailed.
 */
@Service
@Transactional
public class RedressRequests {

	private final SubmissionQueries submissions;

	private final SelectionRepository selections;

	private final RedressRequestRepository requests;

	private final ResultLetters letters;

	private final RedressEngine engine;

	private final RedressMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RedressRequests(SubmissionQueries submissions, SelectionRepository selections, RedressRequestRepository requests,
			ResultLetters letters, RedressEngine engine, RedressMails mails, ApplicationEventPublisher events,
			Clock clock) {
		this.submissions = submissions;
		this.selections = selections;
		this.requests = requests;
		this.letters = letters;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The applicant files a redress request against the result of their organisation's
	 * proposal: once per proposal, within the call's window, with grounds.
	 */
	public RedressView file(String applicant, String submissionReference, String grounds) {
		OwnProposal own = this.submissions.own(applicant, submissionReference);
		if (this.letters.latest(submissionReference).isEmpty()) {
			throw new StateConflictException(
					"Proposal " + submissionReference + " has no result yet: redress follows the result letter");
		}
		if (this.requests.findBySubmissionReference(submissionReference).isPresent()) {
			throw new StateConflictException("A redress request for " + submissionReference
					+ " is already filed; a proposal has one redress request");
		}
		Selection selection = this.selections.findByCallReference(own.workingCopy().callReference())
			.orElseThrow(() -> new StateConflictException("The call of " + submissionReference + " is not decided"));
		RedressRequest request = this.requests
			.save(RedressRequest.file(submissionReference, selection, applicant, grounds, this.clock.instant()));
		this.engine.start(submissionReference, Programme.groupIdOf(selection.programmeCode()));
		this.mails.filed(request, selection);
		this.events.publishEvent(request.filed());
		return view(request);
	}

	/**
	 * The redress request of a proposal, for whoever reads the proposal: its
	 * organisation's applicants, its call's officers and auditors.
	 */
	@Transactional(readOnly = true)
	public RedressView of(String userId, String submissionReference) {
		SubmissionView readable = this.submissions.submission(userId, submissionReference);
		return this.requests.findBySubmissionReference(readable.reference())
			.map(RedressRequests::view)
			.orElseThrow(() -> new NotFoundException("No redress request for " + submissionReference));
	}

	/** A programme officer who took no part in the decision reviews the request. */
	public RedressView review(String officer, String submissionReference, String decision, String reasons) {
		RedressRequest request = this.requests.findBySubmissionReference(submissionReference)
			.orElseThrow(() -> new NotFoundException("No redress request for " + submissionReference));
		this.engine.completeReview(submissionReference, officer, decision, reasons);
		return view(this.requests.findBySubmissionReference(request.submissionReference()).orElseThrow());
	}

	static RedressView view(RedressRequest request) {
		return new RedressView(request.submissionReference(), request.callReference(), request.applicant(),
				request.grounds(), request.filedAt(), request.status().name(), statusText(request.status()),
				request.officer(), request.reasons(), request.decidedAt(), request.concludedAt(),
				request.outcomeAfter());
	}

	static String statusText(RedressStatus status) {
		return switch (status) {
			case FILED -> "Filed, awaiting review";
			case REJECTED -> "Rejected: the result stands";
			case UPHELD -> "Upheld: new experts evaluate the proposal again";
			case CONCLUDED -> "Upheld and re-evaluated";
		};
	}

}
