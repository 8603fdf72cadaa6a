package org.opencall.submissions.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where proposals, their documents, submitted versions, receipts and idempotency keys are
 * kept.
 */
public interface SubmissionRepository {

	String nextReference();

	Optional<Submission> findById(UUID id);

	Optional<Submission> findByReference(String reference);

	List<Submission> findByOrganisation(UUID organisationId);

	/** The proposals submitted at least once to a call, in one status or any. */
	List<Submission> findByCall(String callReference, SubmissionStatus status);

	void save(Submission submission);

	SubmissionDocument storeDocument(UUID submissionId, String type, String fileName, byte[] content,
			String uploadedBy);

	Optional<byte[]> documentContent(UUID submissionId, UUID documentId);

	/** Whether the document belongs to one of the submission's submitted versions. */
	boolean wasSubmitted(UUID submissionId, UUID documentId);

	/** Keeps the submitted version: its receipt, its content and its documents. */
	void saveVersion(Submission submission, Receipt receipt, String submittedBy);

	List<Receipt> receipts(UUID submissionId);

	/** The latest submitted version of each of these submissions that has one. */
	Map<UUID, SubmittedVersion> latestVersions(List<UUID> submissionIds);

	/** The receipts of several submissions at once, oldest first for each. */
	Map<UUID, List<Receipt>> receipts(List<UUID> submissionIds);

	/**
	 * Claims a user's idempotency key for submitting this content of a submission,
	 * waiting for a concurrent claim of the same key to finish; answers the earlier use
	 * of the key, if any.
	 */
	Optional<IdempotentSubmit> claimIdempotencyKey(String userId, String key, UUID submissionId, String contentHash);

	void recordIdempotentReceipt(String userId, String key, Receipt receipt);

	/** Submissions of a call that still wait for their eligibility decision. */
	int countAwaitingEligibility(String callReference);

}
