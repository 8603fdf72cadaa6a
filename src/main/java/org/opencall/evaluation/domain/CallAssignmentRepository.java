package org.opencall.evaluation.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The calls' assignments of experts, one per call. */
public interface CallAssignmentRepository extends Repository<CallAssignment, UUID> {

	Optional<CallAssignment> findByCallReference(String callReference);

	CallAssignment save(CallAssignment assignment);

}
