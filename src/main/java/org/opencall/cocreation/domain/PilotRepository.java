package org.opencall.cocreation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The grants' pilots, one per signed grant. */
public interface PilotRepository extends Repository<Pilot, UUID> {

	Optional<Pilot> findByGrantReference(String grantReference);

	List<Pilot> findByCallReferenceOrderByGrantReference(String callReference);

	List<Pilot> findByCompanyIdOrderByGrantReference(UUID companyId);

	List<Pilot> findByHostOrganisationIdOrderByGrantReference(UUID hostOrganisationId);

	List<Pilot> findByProgrammeCodeInOrderByGrantReference(Collection<String> programmeCodes);

	List<Pilot> findAllByOrderByGrantReference();

	@Query("select * from pilots where :need = any(need_references) order by grant_reference")
	List<Pilot> findByNeed(String need);

	Pilot save(Pilot pilot);

}
