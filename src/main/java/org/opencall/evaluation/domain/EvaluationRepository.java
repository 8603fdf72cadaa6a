package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where evaluations are kept: each with its criteria and slots as one aggregate (Spring
 * Data JDBC); saving one changed by someone else since it was read is refused by its
 * version.
 */
public interface EvaluationRepository extends Repository<Evaluation, UUID> {

	Optional<Evaluation> findById(UUID id);

	@Query("select * from evaluations where submission_reference = :submissionReference")
	Optional<Evaluation> findBySubmission(String submissionReference);

	Evaluation save(Evaluation evaluation);

	@Query("select count(*) from evaluations where call_reference = :callReference and status <> 'COMPLETED'")
	int countUnfinished(String callReference);

	/**
	 * The running evaluations in which the expert holds a slot (declaring, scoring or
	 * scored), the longest running first; at most {@code limit}.
	 */
	@Query("""
			select e.* from evaluations e where e.status <> 'COMPLETED' and exists (select 1 from evaluation_slots s
			where s.evaluation_id = e.id and s.expert = :expert and s.state in ('ASSIGNED', 'NO_CONFLICT_DECLARED',
			'SCORED')) order by e.started_at, e.submission_reference limit :limit
			""")
	List<Evaluation> findHeldBy(String expert, int limit);

	@Query("select * from evaluations where call_reference = :callReference order by submission_reference limit 2000")
	List<Evaluation> findByCall(String callReference);

}
