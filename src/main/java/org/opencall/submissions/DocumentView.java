package org.opencall.submissions;

import java.util.UUID;

import org.opencall.submissions.domain.SubmissionDocument;

/**
 * A document of a proposal as pages and the JSON API show it, without its content.
 */
public record DocumentView(UUID id, String type, String fileName, long size, String sha256) {

	static DocumentView of(SubmissionDocument document) {
		return new DocumentView(document.id(), document.type(), document.fileName(), document.size(),
				document.sha256());
	}

}
