package org.opencall.calls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallEvents.CallDrafted;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallStatus;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.NeedSnapshot;
import org.opencall.calls.process.CallLifecycleEngine;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme officers draft a call, revise it and submit it for approval.
 */
@Service
@Transactional
public class CallDrafting {

	private final CallRepository calls;

	private final OfficerCalls officerCalls;

	private final CallLifecycleEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallDrafting(CallRepository calls, OfficerCalls officerCalls, CallLifecycleEngine engine,
			ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.officerCalls = officerCalls;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	public CallView draft(String officer, String programmeCode, String reference, CallDraft draft) {
		this.officerCalls.requireOfficer(officer);
		List<FieldViolation> violations = new ArrayList<>();
		if (programmeCode == null || !this.officerCalls.worksOn(officer, programmeCode)) {
			violations.add(new FieldViolation("programme", "must be one of the programmes you work on"));
		}
		if (!Call.isValidReference(reference)) {
			violations.add(new FieldViolation("reference", Call.REFERENCE_RULE));
		}
		else if (this.calls.existsByReference(reference)) {
			violations.add(new FieldViolation("reference", "is already used by another call"));
		}
		CallTerms terms = null;
		try {
			terms = CallTerms.of(draft.terms());
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Call call = Call.draft(reference, programmeCode, terms, officer);
		this.calls.save(call);
		this.events.publishEvent(new CallDrafted(reference, programmeCode, officer));
		return this.officerCalls.view(call);
	}

	public CallView revise(String officer, String reference, CallDraft draft) {
		Call call = this.officerCalls.find(officer, reference);
		List<UUID> detached = call.revise(CallTerms.of(draft.terms()), officer);
		this.calls.save(call);
		detached.forEach((id) -> this.events.publishEvent(new CallChallengeDetached(reference, id)));
		return this.officerCalls.view(call);
	}

	public CallView submitForApproval(String officer, String reference) {
		Call call = this.officerCalls.find(officer, reference);
		if (call.status() == CallStatus.SENT_BACK) {
			this.engine.completeRevision(call, officer);
		}
		else {
			Object submitted = call.submitForApproval(officer, this.clock.instant());
			this.calls.save(call);
			this.engine.start(call);
			this.events.publishEvent(submitted);
		}
		return this.officerCalls.view(this.officerCalls.byId(call.id()));
	}

	/**
	 * Adds a challenge built from needs to a call of the officer's programme that is
	 * still being prepared.
	 */
	public CallView attachChallenge(String officer, String reference, UUID challengeId, String title,
			String description, List<NeedSummary> needs) {
		Call call = this.officerCalls.find(officer, reference);
		call.attachChallenge(CallChallenge.fromNeeds(title, description, challengeId,
				needs.stream()
					.map((n) -> new NeedSnapshot(n.reference(), n.title(), n.careSetting(), n.urgency(),
							n.organisation(), n.affectedPopulation(), n.affectedCount(), n.currentPractice(),
							n.currentBurden(), n.expectedBenefit()))
					.toList()),
				officer);
		this.calls.save(call);
		return this.officerCalls.view(call);
	}

	/** A sent-back call goes back for approval; the revision task was completed. */
	void resubmit(String reference, String officer) {
		Call call = this.officerCalls.byReference(reference);
		if (officer == null || !this.officerCalls.worksOn(officer, call.programmeCode())) {
			throw new ActionForbiddenException("Only an officer of the call's programme may resubmit it");
		}
		Object submitted = call.submitForApproval(officer, this.clock.instant());
		this.calls.save(call);
		this.events.publishEvent(submitted);
	}

}
