package org.opencall.selection.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The calls' selections, one per call. */
public interface SelectionRepository extends Repository<Selection, UUID> {

	Optional<Selection> findByCallReference(String callReference);

	Selection save(Selection selection);

}
