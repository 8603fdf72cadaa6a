package org.opencall.needs;

import java.time.Clock;

import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.needs.domain.NeedStatus;
import org.opencall.needs.process.NeedProcessEngine;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The need owner answers an officer's question; unanswered questions are reminded and
 * then escalated to the officer who asked.
 */
@Service
@Transactional
public class NeedClarification {

	private final NeedRepository needs;

	private final NeedAccess access;

	private final NeedProcessEngine engine;

	private final NeedMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NeedClarification(NeedRepository needs, NeedAccess access, NeedProcessEngine engine, NeedMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.needs = needs;
		this.access = access;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	public void answer(String owner, String reference, String answer) {
		Need need = this.access.ownNeed(owner, reference);
		if (need.status() != NeedStatus.IN_CLARIFICATION) {
			throw new StateConflictException("Need " + reference + " has no open question");
		}
		this.engine.completeClarification(need, owner, answer);
	}

	/** Applies the answer given by whoever completed the clarification task. */
	void record(String reference, String answeredBy, String answer) {
		Need need = this.access.byReference(reference);
		if (!this.access.isOfOwnersOrganisation(answeredBy, need)) {
			throw new ActionForbiddenException("Only the need owner's organisation answers its questions");
		}
		Object event = need.answerClarification(answeredBy, answer, this.clock.instant());
		this.needs.save(need);
		this.events.publishEvent(event);
	}

	void remind(String reference) {
		this.mails.remindOwner(this.access.byReference(reference));
	}

	void escalate(String reference) {
		this.mails.escalateToOfficer(this.access.byReference(reference));
	}

	/** Who answers the need's open question: the person who submitted the need. */
	String owner(String reference) {
		return this.access.byReference(reference).submittedBy();
	}

}
