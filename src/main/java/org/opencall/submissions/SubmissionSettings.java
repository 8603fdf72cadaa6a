package org.opencall.submissions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The documents a proposal carries (the mandatory ones first) and their size limit.
 */
@Component
class SubmissionSettings {

	private final Set<String> mandatoryDocuments;

	private final Set<String> documentTypes;

	private final long maxDocumentBytes;

	SubmissionSettings(@Value("${opencall.submissions.mandatory-documents}") List<String> mandatory,
			@Value("${opencall.submissions.optional-documents}") List<String> optional,
			@Value("${opencall.submissions.max-document-size}") DataSize maxDocumentSize) {
		this.mandatoryDocuments = new LinkedHashSet<>(mandatory);
		this.documentTypes = new LinkedHashSet<>(mandatory);
		this.documentTypes.addAll(optional);
		this.maxDocumentBytes = maxDocumentSize.toBytes();
	}

	Set<String> mandatoryDocuments() {
		return this.mandatoryDocuments;
	}

	Set<String> documentTypes() {
		return this.documentTypes;
	}

	long maxDocumentBytes() {
		return this.maxDocumentBytes;
	}

}
