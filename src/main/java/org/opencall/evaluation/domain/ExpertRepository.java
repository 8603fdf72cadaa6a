package org.opencall.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where the expert pool is kept, one row per expert (Spring Data JDBC); saving an expert
 * changed by someone else since it was read is refused by its version.
 */
public interface ExpertRepository extends Repository<Expert, String> {

	@Query("select * from experts where user_id = :userId")
	Optional<Expert> findById(String userId);

	/** Stores a new expert or the changes of a loaded one; refuses a stale version. */
	Expert save(Expert expert);

	/** The whole pool, those awaiting approval first (the longest waiting first). */
	@Query("""
			select * from experts order by case status when 'PENDING_APPROVAL' then 0 when 'APPROVED' then 1
			when 'REJECTED' then 2 else 3 end, registered_at, user_id limit 5000
			""")
	List<Expert> findPool();

	@Query("select * from experts where status = 'APPROVED' order by user_id")
	List<Expert> findApproved();

	@Query("select * from experts where user_id in (:userIds) order by user_id")
	List<Expert> findAllById(Collection<String> userIds);

}
