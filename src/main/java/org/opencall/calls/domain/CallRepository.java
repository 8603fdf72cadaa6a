package org.opencall.calls.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where calls are kept.
 */
public interface CallRepository {

	Optional<Call> findById(UUID id);

	Optional<Call> findByReference(String reference);

	boolean existsByReference(String reference);

	List<Call> findByProgrammes(List<String> programmeCodes);

	List<Call> findPublic();

	/** Stores a new call or the changes of a loaded one; refuses a stale version. */
	void save(Call call);

	/** Locks the call's row until the transaction ends and answers its status. */
	CallStatus lockStatus(String reference);

	void follow(UUID callId, String userId);

	void unfollow(UUID callId, String userId);

	List<String> followers(UUID callId);

}
