package org.opencall.cocreation;

import java.time.Clock;

import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.process.CoCreationEngine;
import org.opencall.platform.ActionForbiddenException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The co-review of a deliverable: a project officer of the programme and a need owner of
 * the host organisation each accept it or ask for a revision, in their task, here or in
 * Tasklist; either way the verdict is recorded by the task's listener, so that the rules
 * hold whichever way the task is completed.
 */
@Service
@Transactional
public class Reviewing {

	private final PilotAccess access;

	private final PilotRepository pilots;

	private final CoCreationEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviewing(PilotAccess access, PilotRepository pilots, CoCreationEngine engine, ApplicationEventPublisher events,
			Clock clock) {
		this.access = access;
		this.pilots = pilots;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	/** The officer's verdict: {@code accept} or {@code revise} (with comments). */
	public void review(String officer, String grantReference, String verdict, String comment) {
		this.access.forOfficer(officer, grantReference);
		this.engine.completeReview(grantReference, officer, verdict, comment);
	}

	/** The host's verdict: {@code accept} or {@code revise} (with comments). */
	public void coReview(String needOwner, String grantReference, String verdict, String comment) {
		this.access.forHost(needOwner, grantReference);
		this.engine.completeCoReview(grantReference, needOwner, verdict, comment);
	}

	void recordReview(String grantReference, String officer, String verdict, String comment) {
		Pilot pilot = this.access.byReference(grantReference);
		if (officer == null || !this.access.isOfficerOf(pilot, officer)) {
			throw new ActionForbiddenException("Only an officer of the grant's programme reviews its deliverables");
		}
		Object event = pilot.review(officer, verdict, comment, this.clock.instant());
		this.pilots.save(pilot);
		this.events.publishEvent(event);
	}

	void recordCoReview(String grantReference, String needOwner, String verdict, String comment) {
		Pilot pilot = this.access.byReference(grantReference);
		if (needOwner == null || !this.access.isHost(pilot, needOwner)) {
			throw new ActionForbiddenException("Only a need owner of the host organisation co-reviews");
		}
		Object event = pilot.coReview(needOwner, verdict, comment, this.clock.instant());
		this.pilots.save(pilot);
		this.events.publishEvent(event);
	}

}
