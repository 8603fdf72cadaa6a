package org.opencall.contracting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The grants, one per selected or promoted proposal. */
public interface GrantRepository extends Repository<Grant, UUID> {

	Optional<Grant> findByReference(String reference);

	Optional<Grant> findBySubmissionReference(String submissionReference);

	List<Grant> findByCallReferenceOrderByReference(String callReference);

	List<Grant> findByCompanyIdOrderByReference(UUID companyId);

	@Query("select * from grants where programme_code in (:programmes) order by reference")
	List<Grant> findByProgrammes(List<String> programmes);

	@Query("select * from grants order by reference")
	List<Grant> findAllOrdered();

	boolean existsBySubmissionReference(String submissionReference);

	Grant save(Grant grant);

}
