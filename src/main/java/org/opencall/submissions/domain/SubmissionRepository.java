package org.opencall.submissions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where proposals are kept: each with its content and the current document of each type
 * as one aggregate in one row (Spring Data JDBC), so that a list of proposals is one
 * query; saving a proposal changed by someone else since it was read is refused by its
 * version. Beside them, the idempotency keys of submits.
 */
public interface SubmissionRepository extends Repository<Submission, UUID> {

	Optional<Submission> findById(UUID id);

	/**
	 * By its reference; the query is written out, so that no SQL is derived at each call.
	 */
	@Query("select * from submissions where reference = :reference")
	Optional<Submission> findByReference(String reference);

	/** Stores a new proposal or the changes of a loaded one; refuses a stale version. */
	Submission save(Submission submission);

	/** An organisation's proposals, the latest first. */
	@Query("select * from submissions where organisation_id = :organisationId order by created_at desc")
	List<Submission> findByOrganisation(UUID organisationId);

	/**
	 * A screenful of an organisation's proposals for its home page: those it may still
	 * change first, the latest changed first.
	 */
	@Query("""
			select * from submissions where organisation_id = :organisationId
			order by status in ('DRAFT', 'SUBMITTED') desc, updated_at desc, reference limit :limit
			""")
	List<Submission> findLatestOfOrganisation(UUID organisationId, int limit);

	@Query("select count(*) from submissions where organisation_id = :organisationId")
	int countOfOrganisation(UUID organisationId);

	/**
	 * Of these calls, those the organisation has a proposal to that it did not withdraw.
	 */
	@Query("""
			select distinct call_reference from submissions where organisation_id = :organisationId
			and status <> 'WITHDRAWN' and call_reference in (:callReferences)
			""")
	List<String> callsWithProposalsOf(UUID organisationId, Collection<String> callReferences);

	/**
	 * A screenful of the proposals of these calls that wait for their eligibility
	 * decision, the latest changed first.
	 */
	@Query("""
			select * from submissions where status = 'SUBMITTED' and call_reference in (:callReferences)
			order by updated_at desc, reference limit :limit
			""")
	List<Submission> findAwaitingEligibilityIn(Collection<String> callReferences, int limit);

	@Query("select count(*) from submissions where status = 'SUBMITTED' and call_reference in (:callReferences)")
	int countAwaitingEligibilityIn(Collection<String> callReferences);

	/** A screenful of the proposals submitted at least once, the latest changed first. */
	@Query("select * from submissions where submitted_version > 0 order by updated_at desc, reference limit :limit")
	List<Submission> findLatestSubmitted(int limit);

	@Query("select count(*) from submissions where submitted_version > 0")
	int countSubmitted();

	/**
	 * The proposals submitted at least once to a call, in one status or any; at most
	 * 2,000, by reference.
	 */
	default List<Submission> findSubmittedToCall(String callReference, SubmissionStatus status) {
		return (status != null) ? findSubmittedToCallIn(callReference, status.name())
				: findSubmittedToCall(callReference);
	}

	@Query("""
			select * from submissions where call_reference = :callReference and submitted_version > 0
			order by reference limit 2000
			""")
	List<Submission> findSubmittedToCall(String callReference);

	/** Every proposal of the call found eligible and admissible, by reference. */
	@Query("select * from submissions where call_reference = :callReference and status = 'ELIGIBLE' order by reference")
	List<Submission> findEligibleOfCall(String callReference);

	@Query("""
			select * from submissions where call_reference = :callReference and submitted_version > 0
			and status = :status order by reference limit 2000
			""")
	List<Submission> findSubmittedToCallIn(String callReference, String status);

	default String nextReference() {
		return String.format("S-%06d", nextReferenceNumber());
	}

	@Query("select nextval('submission_reference_seq')")
	long nextReferenceNumber();

	/** Submissions of a call that still wait for their eligibility decision. */
	@Query("select count(*) from submissions where call_reference = :callReference and status = 'SUBMITTED'")
	int countAwaitingEligibility(String callReference);

	/** Submissions of a call found eligible and admissible. */
	@Query("select count(*) from submissions where call_reference = :callReference and status = 'ELIGIBLE'")
	int countEligible(String callReference);

	/** The first use of a user's idempotency key (its claim, see SubmittedVersions). */
	@Query("""
			select submission_id, content_hash, receipt_number from submission_idempotency_keys
			where user_id = :userId and idempotency_key = :key
			""")
	IdempotentSubmit findIdempotencyKey(String userId, String key);

}
