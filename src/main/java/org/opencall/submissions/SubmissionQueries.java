package org.opencall.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.domain.ApplyingOrganisation;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmissionWindow;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading proposals: an organisation's own, a call's submitted ones for its officers and
 * auditors, one with its receipts and documents.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionQueries {

	private final SubmissionRepository submissions;

	private final SubmittedVersions versions;

	private final DocumentStore documents;

	private final SubmissionAccess access;

	private final Directory directory;

	private final SubmissionSettings settings;

	SubmissionQueries(SubmissionRepository submissions, SubmittedVersions versions, DocumentStore documents,
			SubmissionAccess access, Directory directory, SubmissionSettings settings) {
		this.settings = settings;
		this.submissions = submissions;
		this.versions = versions;
		this.documents = documents;
		this.access = access;
		this.directory = directory;
	}

	public List<SubmissionView> mine(String applicant) {
		return views(this.submissions.findByOrganisation(this.access.applicantOrganisation(applicant).id()), true);
	}

	/**
	 * The organisation's proposals with the version each submitted last, for the list of
	 * them; what keeps each from being submitted is left out.
	 */
	public List<OwnProposal> ownProposals(String applicant) {
		List<Submission> list = this.submissions.findByOrganisation(this.access.applicantOrganisation(applicant).id());
		List<SubmissionView> workingCopies = views(list, true);
		List<Submission> submittedOnce = list.stream().filter((s) -> s.submittedVersion() > 0).toList();
		Map<String, SubmissionView> submitted = views(submittedOnce, false).stream()
			.collect(Collectors.toMap(SubmissionView::reference, (v) -> v));
		List<OwnProposal> proposals = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			proposals.add(new OwnProposal(workingCopies.get(i), submitted.get(list.get(i).reference()),
					changedSinceSubmitted(list.get(i), workingCopies.get(i)), List.of(), List.of()));
		}
		return proposals;
	}

	/**
	 * One of the organisation's proposals as its applicants work on it; while it may be
	 * changed, with everything that keeps it from being submitted.
	 */
	public OwnProposal own(String applicant, String reference) {
		Submission submission = this.access.own(applicant, reference);
		SubmissionView workingCopy = views(List.of(submission), true).get(0);
		SubmissionView submitted = (submission.submittedVersion() > 0) ? views(List.of(submission), false).get(0)
				: null;
		List<FieldViolation> missing = List.of();
		List<FieldViolation> againstRules = List.of();
		if (workingCopy.isChangeable()) {
			SubmissionWindow window = this.access.window(submission.callReference());
			ApplyingOrganisation organisation = this.access.applying(this.access.organisationOf(submission));
			missing = submission.missingForSubmission(window, this.settings.mandatoryDocuments(), organisation);
			againstRules = submission.againstCallRules(window, organisation);
		}
		return new OwnProposal(workingCopy, submitted, changedSinceSubmitted(submission, workingCopy), missing,
				againstRules);
	}

	/** Whether the working copy differs from the version submitted last. */
	private static boolean changedSinceSubmitted(Submission submission, SubmissionView workingCopy) {
		List<ReceiptView> receipts = workingCopy.receipts();
		return !receipts.isEmpty() && !receipts.get(receipts.size() - 1).contentHash().equals(submission.contentHash());
	}

	/**
	 * A proposal: its working copy for its organisation, its latest submitted version for
	 * the call's officers and auditors.
	 */
	public SubmissionView submission(String userId, String reference) {
		Submission submission = this.access.readable(userId, reference);
		return views(List.of(submission), this.access.isOfItsOrganisation(userId, submission)).get(0);
	}

	/** The proposals submitted to a call; drafts never submitted stay their company's. */
	public List<SubmissionView> ofCall(String userId, String callReference, SubmissionState status) {
		if (!this.access.readsSubmissionsOf(userId, callReference)) {
			throw new ActionForbiddenException(
					"Only officers of the call's programme and auditors list its submissions");
		}
		return views(this.submissions.findSubmittedToCall(callReference,
				(status != null) ? SubmissionStatus.valueOf(status.name()) : null), false);
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

	/**
	 * Views of submissions: working copies or submitted versions; one query for their
	 * organisations, one for their receipts, one for their submitted versions, however
	 * many they are.
	 */
	private List<SubmissionView> views(List<Submission> list, boolean workingCopies) {
		List<UUID> ids = list.stream().map(Submission::id).toList();
		Map<UUID, SubmittedVersion> versions = workingCopies ? Map.of() : this.versions.latest(ids);
		Map<UUID, Organisation> organisations = this.directory
			.organisations(list.stream().map(Submission::organisationId).collect(Collectors.toSet()));
		Map<UUID, List<Receipt>> receipts = this.versions.receipts(ids);
		return list.stream().map((submission) -> {
			SubmittedVersion version = versions.get(submission.id());
			return view(submission, (version != null) ? version.content() : submission.content(),
					(version != null) ? version.documents() : submission.documents(),
					organisations.get(submission.organisationId()), receipts.getOrDefault(submission.id(), List.of()));
		}).toList();
	}

	private static SubmissionView view(Submission s, ProposalContent content, List<SubmissionDocument> documents,
			Organisation organisation, List<Receipt> receipts) {
		return new SubmissionView(s.reference(), s.callReference(), (organisation != null) ? organisation.name() : "",
				(organisation != null) ? organisation.country() : "", s.applicant(), SubmissionView.Content.of(content),
				documents.stream().map(DocumentView::of).toList(), SubmissionState.valueOf(s.status().name()),
				s.submittedVersion(), receipts.stream().map(ReceiptView::of).toList(), s.ineligibilityReasons(),
				s.decidedBy(), s.decisionComment());
	}

}
