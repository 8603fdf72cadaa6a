package org.opencall.cocreation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.process.CoCreationEngine;
import org.opencall.platform.ActionForbiddenException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer of the programme records the kick-off held with the company and the host
 * organisation; the host's need owners join the pilot and are told, as is the company.
 */
@Service
@Transactional
public class KickingOff {

	private final PilotAccess access;

	private final PilotRepository pilots;

	private final CoCreationEngine engine;

	private final CoCreationMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KickingOff(PilotAccess access, PilotRepository pilots, CoCreationEngine engine, CoCreationMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.pilots = pilots;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/** The kick-off's day ({@code 2027-03-01}) and notes. */
	public void hold(String officer, String grantReference, String date, String notes) {
		this.access.forOfficer(officer, grantReference);
		this.engine.completeKickOff(grantReference, officer, date, notes);
	}

	void record(String grantReference, String officer, LocalDate date, String notes) {
		Pilot pilot = this.access.byReference(grantReference);
		if (officer == null || !this.access.isOfficerOf(pilot, officer)) {
			throw new ActionForbiddenException("Only an officer of the grant's programme holds its kick-off");
		}
		Object event = pilot.holdKickOff(officer, date, notes, new HashSet<>(this.access.hostNeedOwners(pilot)),
				this.clock.instant());
		this.pilots.save(pilot);
		this.mails.kickOffHeld(pilot);
		this.events.publishEvent(event);
	}

}
