package org.opencall.calls.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where calls are kept: each with its terms, challenges and criteria as one aggregate
 * (Spring Data JDBC). Saving a call changed by someone else since it was read is refused
 * by its version.
 */
public interface CallRepository extends Repository<Call, UUID> {

	Optional<Call> findById(UUID id);

	/**
	 * By its reference; the query is written out, so that no SQL is derived at each call.
	 */
	@Query("select * from calls where reference = :reference")
	Optional<Call> findByReference(String reference);

	boolean existsByReference(String reference);

	/** Stores a new call or the changes of a loaded one; refuses a stale version. */
	Call save(Call call);

	default List<Call> findByProgrammes(Collection<String> programmeCodes) {
		return programmeCodes.isEmpty() ? List.of() : findInProgrammes(programmeCodes);
	}

	@Query("select * from calls where programme_code in (:programmeCodes) order by opens_at desc, reference")
	List<Call> findInProgrammes(Collection<String> programmeCodes);

	@Query("select * from calls where status in ('SCHEDULED', 'OPEN', 'CLOSED', 'IN_EVALUATION', 'EVALUATED', 'DECIDED') order by opens_at desc, reference")
	List<Call> findPublic();

	/** Locks the call's row until the transaction ends and answers its status. */
	@Query("select status from calls where reference = :reference for update")
	CallStatus lockStatus(String reference);

	@Modifying
	@Query("insert into call_followers (call_id, user_id) values (:callId, :userId) on conflict do nothing")
	void follow(UUID callId, String userId);

	@Modifying
	@Query("delete from call_followers where call_id = :callId and user_id = :userId")
	void unfollow(UUID callId, String userId);

	@Query("select user_id from call_followers where call_id = :callId order by user_id")
	List<String> followers(UUID callId);

}
