package org.opencall.selection.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Redress requests, at most one per proposal. */
public interface RedressRequestRepository extends Repository<RedressRequest, UUID> {

	Optional<RedressRequest> findBySubmissionReference(String submissionReference);

	List<RedressRequest> findByCallReferenceOrderByFiledAt(String callReference);

	RedressRequest save(RedressRequest request);

}
