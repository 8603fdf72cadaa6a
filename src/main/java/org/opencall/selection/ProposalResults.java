package org.opencall.selection;

import java.time.Clock;

import org.opencall.platform.NotFoundException;
import org.opencall.selection.ResultLetters.Letter;
import org.opencall.selection.domain.RedressRequestRepository;
import org.opencall.selection.domain.SelectionRepository;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's result letter and its evaluation summary report, for whoever reads the
 * proposal: its organisation's applicants (only their own), the call's officers and
 * auditors. Experts never reach it.
 */
@Service
@Transactional(readOnly = true)
public class ProposalResults {

	private final SubmissionQueries submissions;

	private final ResultLetters letters;

	private final SelectionRepository selections;

	private final RedressRequestRepository redress;

	private final Clock clock;

	ProposalResults(SubmissionQueries submissions, ResultLetters letters, SelectionRepository selections,
			RedressRequestRepository redress, Clock clock) {
		this.submissions = submissions;
		this.letters = letters;
		this.selections = selections;
		this.redress = redress;
		this.clock = clock;
	}

	public ProposalResult of(String userId, String submissionReference) {
		Letter letter = letter(userId, submissionReference);
		boolean open = this.selections.findByCallReference(letter.summary().callReference())
			.map((s) -> s.redressOpenAt(this.clock.instant()))
			.orElse(false);
		RedressView request = this.redress.findBySubmissionReference(submissionReference)
			.map(RedressRequests::view)
			.orElse(null);
		return new ProposalResult(letter.summary(), letter.version(), open && request == null,
				letter.summary().redressDeadline(), request);
	}

	/** The evaluation summary report's PDF, as mailed with the latest letter. */
	public byte[] evaluationSummaryReport(String userId, String submissionReference) {
		Letter letter = letter(userId, submissionReference);
		return this.letters.report(letter.summary().submissionReference(), letter.version());
	}

	public String fileName(String submissionReference) {
		return ResultLetters.fileName(submissionReference);
	}

	private Letter letter(String userId, String submissionReference) {
		SubmissionView readable = this.submissions.submission(userId, submissionReference);
		return this.letters.latest(readable.reference())
			.orElseThrow(() -> new NotFoundException("Proposal " + submissionReference + " has no result yet"));
	}

}
