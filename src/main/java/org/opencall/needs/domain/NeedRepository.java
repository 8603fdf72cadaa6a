package org.opencall.needs.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where needs, their attachments and the challenges built from them are kept.
 */
public interface NeedRepository {

	String nextReference();

	Optional<Need> findById(UUID id);

	Optional<Need> findByReference(String reference);

	List<Need> findByOrganisation(UUID organisationId);

	List<Need> findBacklog(NeedFilter filter);

	void save(Need need);

	void addAttachment(UUID needId, String fileName, byte[] content, String uploadedBy);

	List<AttachmentInfo> attachments(UUID needId);

	Optional<byte[]> attachmentContent(UUID needId, UUID attachmentId);

	void saveChallenge(Challenge challenge);

	Optional<Challenge> findChallenge(UUID id);

	List<Challenge> findChallenges(List<String> programmeCodes);

	List<Challenge> findChallengesWithNeed(String needReference);

	/** A stored attachment without its content. */
	record AttachmentInfo(UUID id, String fileName, long size, String sha256) {
	}

	/** What the officers' backlog is narrowed to; {@code null} means any. */
	record NeedFilter(NeedStatus status, CareSetting careSetting, Urgency urgency, UUID organisationId) {
	}

}
