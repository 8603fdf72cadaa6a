package org.opencall.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opencall.identity.Organisation;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PdfDocumentRules;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants draft a proposal to an open call, edit it and upload its documents until the
 * deadline.
 */
@Service
@Transactional
public class ProposalDrafting {

	private static final int CALL_REFERENCE_LENGTH = 40;

	private final SubmissionRepository submissions;

	private final DocumentStore documents;

	private final SubmissionAccess access;

	private final SubmissionSettings settings;

	ProposalDrafting(SubmissionRepository submissions, DocumentStore documents, SubmissionAccess access,
			SubmissionSettings settings) {
		this.submissions = submissions;
		this.documents = documents;
		this.access = access;
		this.settings = settings;
	}

	/** The document types a proposal carries, the mandatory ones first. */
	public Set<String> documentTypes() {
		return this.settings.documentTypes();
	}

	public Set<String> mandatoryDocuments() {
		return this.settings.mandatoryDocuments();
	}

	public String draft(String applicant, String callReference, ProposalInput input) {
		Organisation organisation = this.access.applicantOrganisation(applicant);
		if (callReference == null || callReference.isBlank()) {
			throw InvalidInputException.of("call", "is required");
		}
		if (callReference.length() > CALL_REFERENCE_LENGTH) {
			throw InvalidInputException.of("call", "is not a call reference");
		}
		Submission submission = Submission.draft(this.submissions.nextReference(), this.access.window(callReference),
				organisation.id(), applicant, input.toContent(), this.access.now());
		this.access.save(submission);
		return submission.reference();
	}

	/**
	 * Every reason a draft of these fields would be refused, without saving anything: for
	 * a form whose other fields could not even be read, so that all its problems show at
	 * once.
	 */
	public List<FieldViolation> draftProblems(String callReference, ProposalInput input) {
		List<FieldViolation> problems = new ArrayList<>();
		ProposalContent content = input.toContent(problems);
		problems.addAll(Submission.draftViolations(this.access.window(callReference), content));
		return problems;
	}

	/** The call a proposal is written for. */
	public String callOf(String applicant, String reference) {
		return this.access.own(applicant, reference).callReference();
	}

	public void edit(String applicant, String reference, ProposalInput input) {
		Submission submission = this.access.own(applicant, reference);
		submission.edit(input.toContent(), this.access.window(submission.callReference()), this.access.now());
		this.access.save(submission);
	}

	/**
	 * Stores the document's content once and makes it the proposal's current document of
	 * its type; the one it replaces stays for the versions submitted with it.
	 */
	public DocumentView upload(String applicant, String reference, String type, String fileName, byte[] content) {
		Submission submission = this.access.own(applicant, reference);
		if (type == null || !this.settings.documentTypes().contains(type)) {
			throw InvalidInputException.of("type", "must be one of " + this.settings.documentTypes());
		}
		PdfDocumentRules.check("file", fileName, content, this.settings.maxDocumentBytes());
		SubmissionDocument document = this.documents.store(submission.id(), type, fileName, content, applicant);
		submission.addDocument(document, this.access.window(submission.callReference()), this.access.now());
		this.access.save(submission);
		return DocumentView.of(document);
	}

}
