package org.opencall.cocreation;

import java.time.Clock;

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

	@ApplicationModuleListener
	void on(GrantAmended amended) {
		GrantTerms terms = terms(amended.grantReference());
		this.pilots.findByGrantReference(amended.grantReference()).ifPresent((pilot) -> {
			pilot.amend(terms, this.clock.instant());
			this.pilots.save(pilot);
		});
	}

	@Transactional
	void open(GrantTerms terms) {
		if (this.pilots.findByGrantReference(terms.grantReference()).isPresent()) {
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
