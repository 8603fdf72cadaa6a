package org.opencall.submissions.domain;

import java.util.List;

/**
 * A proposal as it was submitted in one version: what its receipt's content hash covers.
 * The call's officers and auditors read the latest one, never the edits made since.
 */
public record SubmittedVersion(int version, ProposalContent content, List<SubmissionDocument> documents) {

	public SubmittedVersion {
		documents = List.copyOf(documents);
	}

}
