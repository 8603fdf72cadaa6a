package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where the invitations of experts to calls are kept, one row each (Spring Data JDBC);
 * one per call and expert.
 */
public interface CallInvitationRepository extends Repository<CallInvitation, UUID> {

	Optional<CallInvitation> findById(UUID id);

	/**
	 * Stores a new invitation or the changes of a loaded one; refuses a stale version.
	 */
	CallInvitation save(CallInvitation invitation);

	@Query("select * from call_invitations where call_reference = :callReference order by invited_at, expert_id")
	List<CallInvitation> findByCall(String callReference);

	@Query("""
			select * from call_invitations where call_reference = :callReference and status = 'ACCEPTED'
			order by expert_id
			""")
	List<CallInvitation> findAcceptedByCall(String callReference);

	/**
	 * An expert's invitations, those still waiting for an answer first, the latest first.
	 */
	@Query("""
			select * from call_invitations where expert_id = :expertId
			order by status = 'INVITED' desc, invited_at desc limit 500
			""")
	List<CallInvitation> findByExpert(String expertId);

	@Query("""
			select exists (select 1 from call_invitations
			where call_reference = :callReference and expert_id = :expertId)
			""")
	boolean existsForCallAndExpert(String callReference, String expertId);

}
