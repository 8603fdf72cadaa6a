package org.opencall.needs;

import java.time.Clock;

import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.needs.domain.NeedStatus;
import org.opencall.needs.process.NeedProcessEngine;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme officer triages a submitted need — validates it, rejects it with a reason,
 * asks its owner a question, or merges it into the need it duplicates — through the
 * application or in Tasklist; either way the task's completion applies the decision
 * ({@link #record}, reached only through the process).
 */
@Service
@Transactional
public class NeedTriage {

	private static final int REFERENCE_LENGTH = 20;

	private final NeedRepository needs;

	private final NeedAccess access;

	private final NeedProcessEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NeedTriage(NeedRepository needs, NeedAccess access, NeedProcessEngine engine, ApplicationEventPublisher events,
			Clock clock) {
		this.needs = needs;
		this.access = access;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	public void triage(String officer, String reference, TriageInput input) {
		this.access.requireOfficer(officer);
		Need need = this.access.readable(officer, reference);
		if (need.status() != NeedStatus.SUBMITTED) {
			throw new StateConflictException("Need " + reference + " is not waiting for triage");
		}
		this.engine.completeTriage(need, officer, TriageDecision.fromVariable(input.decision()), input);
	}

	/** Applies the decision of the officer who completed the triage task. */
	void record(String reference, String officer, TriageDecision decision, TriageInput input) {
		this.access.requireOfficer(officer);
		Need need = this.access.byReference(reference);
		Object event = switch (decision) {
			case VALIDATE -> need.validate(officer);
			case REJECT -> need.reject(officer, input.reason());
			case CLARIFY -> need.askForClarification(officer, input.question(), this.clock.instant());
			case DUPLICATE -> need.mergeInto(officer, original(input.duplicateOf()));
		};
		this.needs.save(need);
		this.events.publishEvent(event);
	}

	/** The need a duplicate is merged into; an impossible reference is no need. */
	private Need original(String reference) {
		if (reference == null || reference.isBlank() || TextRules.problem(reference, REFERENCE_LENGTH) != null) {
			return null;
		}
		return this.needs.findByReference(reference.strip().toUpperCase()).orElse(null);
	}

}
