package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where evaluations are kept: each with its criteria and slots as one aggregate (Spring
 * Data JDBC); saving one changed by someone else since it was read is refused by its
 * version. A proposal has one evaluation per round; what is read by submission is its
 * latest round.
 */
public interface EvaluationRepository extends Repository<Evaluation, UUID> {

	Optional<Evaluation> findById(UUID id);

	/** The proposal's latest round, running or complete. */
	@Query("select * from evaluations where submission_reference = :submissionReference order by round desc limit 1")
	Optional<Evaluation> findBySubmission(String submissionReference);

	/** Every round of the proposal's evaluation, the first first. */
	@Query("select * from evaluations where submission_reference = :submissionReference order by round")
	List<Evaluation> findRounds(String submissionReference);

	Evaluation save(Evaluation evaluation);

	/**
	 * The call's first rounds not complete yet: re-evaluations come after the call left
	 * evaluation, and the call does not wait for them.
	 */
	@Query("""
			select count(*) from evaluations where call_reference = :callReference and round = 1
			and status <> 'COMPLETED'
			""")
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

	/** The latest round of each of the call's proposals, by submission reference. */
	@Query("""
			select distinct on (submission_reference) * from evaluations where call_reference = :callReference
			order by submission_reference, round desc limit 2000
			""")
	List<Evaluation> findByCall(String callReference);

}
