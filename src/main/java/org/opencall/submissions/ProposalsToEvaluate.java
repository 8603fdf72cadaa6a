package org.opencall.submissions;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Person;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligible proposals of a call, for their evaluation: what the assignment weighs and
 * what the assigned experts read. It checks no reader: the evaluation module decides who
 * may read which proposal (experts assigned without conflict, while evaluation runs).
 */
@Service
@Transactional(readOnly = true)
public class ProposalsToEvaluate {

	private final SubmissionRepository submissions;

	private final SubmittedVersions versions;

	private final DocumentStore documents;

	private final Directory directory;

	ProposalsToEvaluate(SubmissionRepository submissions, SubmittedVersions versions, DocumentStore documents,
			Directory directory) {
		this.submissions = submissions;
		this.versions = versions;
		this.documents = documents;
		this.directory = directory;
	}

	/** Every eligible proposal of the call, by reference. */
	public List<ProposalToEvaluate> eligibleOf(String callReference) {
		return views(this.submissions.findEligibleOfCall(callReference));
	}

	/** One eligible proposal; any other does not exist for an evaluation. */
	public ProposalToEvaluate eligible(String reference) {
		return views(List.of(eligibleSubmission(reference))).get(0);
	}

	/** A document of the eligible proposal's latest submitted version, to be streamed. */
	public DocumentDownload document(String reference, UUID documentId) {
		Submission submission = eligibleSubmission(reference);
		if (!this.versions.containDocument(submission.id(), documentId)) {
			throw new NotFoundException("No such document");
		}
		long size = this.documents.size(submission.id(), documentId)
			.orElseThrow(() -> new NotFoundException("No such document"));
		return new DocumentDownload(size, (out) -> this.documents.copy(submission.id(), documentId, out));
	}

	private Submission eligibleSubmission(String reference) {
		return this.submissions.findByReference(reference)
			.filter((s) -> s.status() == SubmissionStatus.ELIGIBLE)
			.orElseThrow(() -> new NotFoundException("No eligible proposal " + reference));
	}

	private List<ProposalToEvaluate> views(List<Submission> list) {
		List<UUID> ids = list.stream().map(Submission::id).toList();
		Map<UUID, SubmittedVersion> latest = this.versions.latest(ids);
		Map<UUID, List<Receipt>> receipts = this.versions.receipts(ids);
		Set<UUID> organisationIds = list.stream().map(Submission::organisationId).collect(Collectors.toSet());
		Map<UUID, Organisation> organisations = this.directory.organisations(organisationIds);
		Map<UUID, Set<String>> staff = staffEmails(organisationIds);
		return list.stream().map((s) -> {
			SubmittedVersion version = latest.get(s.id());
			Organisation organisation = organisations.get(s.organisationId());
			List<Receipt> received = receipts.getOrDefault(s.id(), List.of());
			ProposalContent content = version.content();
			return new ProposalToEvaluate(s.reference(), s.callReference(), content.challenge(), content.title(),
					content.acronym(), content.summary(), Set.copyOf(content.keywords()), content.requestedAmount(),
					content.trl(), content.team(), content.partners(), organisation.name(), organisation.country(),
					staff.getOrDefault(s.organisationId(), Set.of()),
					received.isEmpty() ? null : received.get(received.size() - 1).submittedAt(),
					version.documents().stream().map(DocumentView::of).toList(), s.applicant());
		}).toList();
	}

	private Map<UUID, Set<String>> staffEmails(Collection<UUID> organisationIds) {
		Map<UUID, Set<String>> emails = new HashMap<>();
		this.directory.staffOf(organisationIds)
			.forEach((organisation, people) -> emails.put(organisation,
					people.stream()
						.map(Person::email)
						.filter((email) -> email != null && !email.isBlank())
						.collect(Collectors.toSet())));
		return emails;
	}

}
