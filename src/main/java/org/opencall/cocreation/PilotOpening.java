package org.opencall.cocreation;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.process.CoCreationEngine;
import org.opencall.contracting.GrantAmended;
import org.opencall.contracting.GrantSigned;
import org.opencall.contracting.GrantTerms;
import org.opencall.contracting.SignedGrants;
import org.opencall.identity.Programme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed grant opens its pilot on the terms in force and starts its co-creation; an
 * approved amendment refreshes what is not accepted or released yet. Hearing a signature
 * twice opens nothing more. Contracting answers the terms ({@link SignedGrants}).
 */
@Component
class PilotOpening {

	private static final Logger LOGGER = LoggerFactory.getLogger(PilotOpening.class);

	private final PilotRepository pilots;

	private final ObjectProvider<SignedGrants> signedGrants;

	private final CoCreationEngine engine;

	private final CoCreationMails mails;

	private final Clock clock;

	PilotOpening(PilotRepository pilots, ObjectProvider<SignedGrants> signedGrants, CoCreationEngine engine,
			CoCreationMails mails, Clock clock) {
		this.pilots = pilots;
		this.signedGrants = signedGrants;
		this.engine = engine;
		this.mails = mails;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(GrantSigned signed) {
		open(terms(signed.grantReference()));
	}

	/**
	 * Refreshes the pilot; opens it when the signed agreement named no host organisation
	 * and this amendment does.
	 */
	@ApplicationModuleListener
	void on(GrantAmended amended) {
		GrantTerms terms = terms(amended.grantReference());
		Optional<Pilot> pilot = this.pilots.findByGrantReference(amended.grantReference());
		if (pilot.isPresent()) {
			pilot.get().amend(terms, this.clock.instant());
			this.pilots.save(pilot.get());
		}
		else {
			open(terms);
		}
	}

	/**
	 * Opens the pilot and starts its co-creation, once; not without a host organisation,
	 * whose need owners co-review every deliverable: an amendment naming one opens it.
	 */
	@Transactional
	void open(GrantTerms terms) {
		if (this.pilots.findByGrantReference(terms.grantReference()).isPresent()) {
			return;
		}
		if (terms.hostOrganisationId() == null) {
			LOGGER.warn("Grant {} names no host organisation: its pilot opens once an amendment names one",
					terms.grantReference());
			return;
		}
		Pilot pilot = this.pilots.save(Pilot.open(terms, this.clock.instant()));
		this.mails.opened(pilot);
		this.engine.start(pilot.grantReference(), Programme.groupIdOf(pilot.programmeCode()));
	}

	private GrantTerms terms(String grantReference) {
		SignedGrants grants = this.signedGrants.getIfAvailable();
		if (grants == null) {
			throw new IllegalStateException("No module answers the terms of signed grants");
		}
		return grants.terms(grantReference)
			.orElseThrow(() -> new IllegalStateException("Grant " + grantReference + " has no signed terms"));
	}

}
