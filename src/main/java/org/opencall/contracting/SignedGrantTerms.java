package org.opencall.contracting;

import java.util.List;
import java.util.Optional;

import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.contracting.domain.GrantStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The signed grants' terms in force, as contracting answers {@link SignedGrants}. */
@Component
@Transactional(readOnly = true)
class SignedGrantTerms implements SignedGrants {

	private final GrantRepository grants;

	SignedGrantTerms(GrantRepository grants) {
		this.grants = grants;
	}

	@Override
	public Optional<GrantTerms> terms(String grantReference) {
		return this.grants.findByReference(grantReference)
			.filter((grant) -> grant.status() == GrantStatus.SIGNED)
			.map((grant) -> GrantTermsOf.of(grant, null));
	}

	@Override
	public List<GrantTerms> ofCall(String callReference) {
		return this.grants.findByCallReferenceOrderByReference(callReference)
			.stream()
			.filter((grant) -> grant.status() == GrantStatus.SIGNED)
			.map((Grant grant) -> GrantTermsOf.of(grant, null))
			.toList();
	}

}
