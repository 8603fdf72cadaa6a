package org.opencall.needs.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Where challenges built from needs are kept, each with the references of its needs as
 * one aggregate (Spring Data JDBC). Saving a challenge changed by someone else since it
 * was read is refused by its version.
 */
public interface NeedChallengeRepository extends Repository<NeedChallenge, UUID> {

	Optional<NeedChallenge> findById(UUID id);

	/** Stores a new challenge or the changes of a loaded one; refuses a stale version. */
	NeedChallenge save(NeedChallenge challenge);

}
