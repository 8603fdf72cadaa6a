package org.opencall.contracting;

import java.util.List;
import java.util.Optional;

/** The signed grants' terms in force, for the phases after contracting. */
public interface SignedGrants {

	Optional<GrantTerms> terms(String grantReference);

	/** The signed grants of a call, by reference. */
	List<GrantTerms> ofCall(String callReference);

}
