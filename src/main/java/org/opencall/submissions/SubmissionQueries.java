package org.opencall.submissions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading proposals: an organisation's own, a call's submitted ones for its officers and
 * auditors, one with its receipts and documents.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries {

	private final SubmissionListing listing;

	private final SubmittedVersions versions;

	private final DocumentStore documents;

	private final SubmissionAccess access;

	private final Directory directory;

	SubmissionQueries(SubmissionListing listing, SubmittedVersions versions, DocumentStore documents,
			SubmissionAccess access, Directory directory) {
		this.listing = listing;
		this.versions = versions;
		this.documents = documents;
		this.access = access;
		this.directory = directory;
	}

	public List<SubmissionView> mine(String applicant) {
		return views(this.listing.ofOrganisation(this.access.applicantOrganisation(applicant).id()));
	}

	/**
	 * A proposal: its working copy for its organisation, its latest submitted version for
	 * the call's officers and auditors.
	 */
	public SubmissionView submission(String userId, String reference) {
		Submission submission = this.access.readable(userId, reference);
		SubmissionRow row = SubmissionRow.of(submission);
		if (!this.access.isOfItsOrganisation(userId, submission)) {
			row = this.versions.latest(submission.id()).map(row::asSubmitted).orElse(row);
		}
		return views(List.of(row)).get(0);
	}

	/** The proposals submitted to a call; drafts never submitted stay their company's. */
	public List<SubmissionView> ofCall(String userId, String callReference, SubmissionState status) {
		if (!this.access.readsSubmissionsOf(userId, callReference)) {
			throw new ActionForbiddenException(
					"Only officers of the call's programme and auditors list its submissions");
		}
		return views(
				this.listing.ofCall(callReference, (status != null) ? SubmissionStatus.valueOf(status.name()) : null));
	}

	/**
	 * A document, to be streamed to the reader; for the call's officers and auditors, one
	 * that was submitted.
	 */
	public DocumentDownload document(String userId, String reference, UUID documentId) {
		Submission submission = this.access.readable(userId, reference);
		if (!this.access.isOfItsOrganisation(userId, submission)
				&& !this.versions.containDocument(submission.id(), documentId)) {
			throw new NotFoundException("No such document");
		}
		long size = this.documents.size(submission.id(), documentId)
			.orElseThrow(() -> new NotFoundException("No such document"));
		return new DocumentDownload(size, (out) -> this.documents.copy(submission.id(), documentId, out));
	}

	/** Views of rows: one query for their organisations, one for their receipts. */
	private List<SubmissionView> views(List<SubmissionRow> rows) {
		Map<UUID, Organisation> organisations = this.directory
			.organisations(rows.stream().map(SubmissionRow::organisationId).collect(Collectors.toSet()));
		Map<UUID, List<Receipt>> receipts = this.versions.receipts(rows.stream().map(SubmissionRow::id).toList());
		return rows.stream().map((row) -> {
			Organisation organisation = organisations.get(row.organisationId());
			return new SubmissionView(row.reference(), row.callReference(),
					(organisation != null) ? organisation.name() : "",
					(organisation != null) ? organisation.country() : "", row.applicant(),
					SubmissionView.Content.of(row.content()), row.documents().stream().map(DocumentView::of).toList(),
					SubmissionState.valueOf(row.status().name()), row.submittedVersion(),
					receipts.getOrDefault(row.id(), List.of()).stream().map(ReceiptView::of).toList(),
					row.ineligibilityReasons(), row.decidedBy(), row.decisionComment());
		}).toList();
	}

}
