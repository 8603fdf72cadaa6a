package org.opencall.submissions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.stereotype.Component;

/**
 * How officers and auditors name proposals in a list: by the title of the version
 * submitted last (never edits made since) and their organisation, one query each for a
 * whole list.
 */
@Component
class SubmittedTitles {

	private final SubmittedVersions versions;

	private final Directory directory;

	SubmittedTitles(SubmittedVersions versions, Directory directory) {
		this.versions = versions;
		this.directory = directory;
	}

	Map<UUID, Named> of(List<Submission> proposals) {
		Map<UUID, SubmittedVersion> latest = this.versions.latest(proposals.stream().map(Submission::id).toList());
		Map<UUID, Organisation> organisations = this.directory
			.organisations(proposals.stream().map(Submission::organisationId).collect(Collectors.toSet()));
		return proposals.stream().collect(Collectors.toMap(Submission::id, (proposal) -> {
			SubmittedVersion version = latest.get(proposal.id());
			String title = (version != null) ? version.content().title() : null;
			Organisation organisation = organisations.get(proposal.organisationId());
			return new Named(proposal.reference() + " · " + ((title != null) ? title : "untitled"),
					(organisation != null) ? organisation.name() + " (" + organisation.country() + ")" : "");
		}));
	}

	/** "S-000012 · Remote rehabilitation kit", "MedSense (PT)". */
	record Named(String title, String organisation) {
	}

}
