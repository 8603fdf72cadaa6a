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

	List<Submission> findByCall(String callReference, SubmissionStatus status);

	void save(Submission submission);

	SubmissionDocument storeDocument(UUID submissionId, String type, String fileName, byte[] content,
			String uploadedBy);

	Optional<byte[]> documentContent(UUID submissionId, UUID documentId);

	/** Keeps the submitted version: its receipt, its content and its documents. */
	void saveVersion(Submission submission, Receipt receipt, String submittedBy);

	List<Receipt> receipts(UUID submissionId);

	/** The receipts of several submissions at once, oldest first for each. */
	Map<UUID, List<Receipt>> receipts(List<UUID> submissionIds);

	/**
	 * Claims an idempotency key for a submission, waiting for a concurrent claim of the
	 * same key to finish; answers the receipt already given for it, if any.
	 */
	Optional<Receipt> claimIdempotencyKey(String key, UUID submissionId);

	void recordIdempotentReceipt(String key, Receipt receipt);

	/** Submissions of a call that still wait for their eligibility decision. */
	int countAwaitingEligibility(String callReference);

}
