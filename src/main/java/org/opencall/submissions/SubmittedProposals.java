package org.opencall.submissions;

import java.util.Optional;
import java.util.UUID;

import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names submitted proposals for the phases after submission (the evaluation's task forms
 * and mails), by the version submitted last; a draft never submitted is nobody else's.
 */
@Component
@Transactional(readOnly = true)
public class SubmittedProposals {

	private final SubmissionRepository submissions;

	private final SubmittedVersions versions;

	SubmittedProposals(SubmissionRepository submissions, SubmittedVersions versions) {
		this.submissions = submissions;
		this.versions = versions;
	}

	public Optional<SubmittedProposal> proposal(String reference) {
		return this.submissions.findByReference(reference)
			.flatMap((submission) -> this.versions.latest(submission.id())
				.map((version) -> new SubmittedProposal(submission.reference(), submission.callReference(),
						version.content().title(), version.content().acronym(), version.content().challenge())));
	}

	/**
	 * The organisation that applied with the proposal (whose staff act for it), for the
	 * phases after selection; empty for an unknown reference.
	 */
	public Optional<UUID> applicantOf(String reference) {
		return this.submissions.findByReference(reference).map(Submission::organisationId);
	}

}
