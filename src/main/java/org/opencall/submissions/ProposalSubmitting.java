package org.opencall.submissions;

import java.time.Instant;

import org.opencall.calls.CallView;
import org.opencall.identity.Programme;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;
import org.opencall.submissions.domain.IdempotentSubmit;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionReceived;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionSubmitted;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionWithdrawn;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.process.SubmissionProcessEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants submit before the deadline and get a receipt; a retry with the same
 * idempotency key gets the same receipt, and the key sent with another request (another
 * proposal, other content) is refused. Resubmitting makes a new version; withdrawing ends
 * the proposal. When the answer leaves, the submission, its documents, its version and
 * its process instance are committed together.
 */
@Service
@Transactional
public class ProposalSubmitting {

	private static final int KEY_LENGTH = 200;

	private final SubmissionRepository submissions;

	private final SubmittedVersions versions;

	private final SubmissionAccess access;

	private final SubmissionSettings settings;

	private final SubmissionProcessEngine engine;

	private final ApplicationEventPublisher events;

	ProposalSubmitting(SubmissionRepository submissions, SubmittedVersions versions, SubmissionAccess access,
			SubmissionSettings settings, SubmissionProcessEngine engine, ApplicationEventPublisher events) {
		this.submissions = submissions;
		this.versions = versions;
		this.access = access;
		this.settings = settings;
		this.engine = engine;
		this.events = events;
	}

	public ReceiptView submit(String applicant, String reference, String idempotencyKey) {
		SubmissionAccess.Owned owned = this.access.owned(applicant, reference);
		Submission submission = owned.submission();
		Instant now = this.access.now();
		if (idempotencyKey != null) {
			if (idempotencyKey.isBlank() || TextRules.problem(idempotencyKey, KEY_LENGTH) != null) {
				throw InvalidInputException.of("Idempotency-Key",
						"must be 1 to " + KEY_LENGTH + " characters without control characters");
			}
			// the key is claimed with the version it is about to give, whatever the
			// proposal's state, so that a retry gets its receipt even after the deadline
			if (!this.versions.appendClaiming(submission, submission.nextReceipt(now), applicant, idempotencyKey)) {
				return replay(applicant, idempotencyKey, submission);
			}
		}
		CallView call = this.access.call(submission.callReference());
		SubmissionSubmitted submitted = submission.submit(this.access.window(call), this.settings.mandatoryDocuments(),
				this.access.applying(owned.organisation()), now);
		this.access.save(submission);
		if (idempotencyKey == null) {
			this.versions.append(submission, submitted.receipt(), applicant);
		}
		if (submitted instanceof SubmissionReceived) {
			// its process acknowledges the first receipt apart from this request
			this.engine.start(submission, Programme.groupIdOf(call.programmeCode()));
		}
		else {
			this.events.publishEvent(submitted);
		}
		return ReceiptView.of(submitted.receipt());
	}

	/**
	 * The receipt of the earlier request with this key, if this is that request again.
	 */
	private ReceiptView replay(String applicant, String idempotencyKey, Submission submission) {
		IdempotentSubmit earlier = this.submissions.findIdempotencyKey(applicant, idempotencyKey);
		String receipt = earlier.replay(submission.id(), submission.contentHash());
		return this.versions.receipts(submission.id())
			.stream()
			.filter((r) -> r.receiptNumber().equals(receipt))
			.findFirst()
			.map(ReceiptView::of)
			.orElseThrow();
	}

	public void withdraw(String applicant, String reference) {
		Submission submission = this.access.own(applicant, reference);
		SubmissionWithdrawn withdrawn = submission.withdraw(this.access.window(submission.callReference()),
				this.access.now());
		this.access.save(submission);
		if (withdrawn.wasSubmitted()) {
			this.engine.withdraw(submission);
		}
		this.events.publishEvent(withdrawn);
	}

}
