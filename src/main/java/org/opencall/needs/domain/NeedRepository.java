package org.opencall.needs.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Where needs are kept: each with its questions and answers as one aggregate (Spring Data
 * JDBC). Saving a need changed by someone else since it was read is refused by its
 * version. Attachments and the lists pages show are read elsewhere.
 */
public interface NeedRepository extends Repository<Need, UUID> {

	Optional<Need> findById(UUID id);

	/**
	 * By its reference; the query is written out, so that no SQL is derived at each call.
	 */
	@Query("select * from needs where reference = :reference")
	Optional<Need> findByReference(String reference);

	/** Stores a new need or the changes of a loaded one; refuses a stale version. */
	Need save(Need need);

	/** The reference of the next need, {@code N-00042}. */
	default String nextReference() {
		return String.format("N-%05d", nextReferenceNumber());
	}

	@Query("select nextval('need_reference_seq')")
	long nextReferenceNumber();

}
