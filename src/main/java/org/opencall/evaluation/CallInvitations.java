package org.opencall.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.CallInvitation;
import org.opencall.evaluation.domain.CallInvitationRepository;
import org.opencall.evaluation.domain.CallSnapshot;
import org.opencall.evaluation.domain.Expert;
import org.opencall.evaluation.domain.ExpertRepository;
import org.opencall.evaluation.process.ExpertInvitationEngine;
import org.opencall.evaluation.process.ExpertInvitationProcess;
import org.opencall.identity.Person;
import org.opencall.identity.Programme;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.StateConflictException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers of a call's programme invite approved experts of the pool to evaluate it; each
 * invitation is an {@code expert-invitation} instance whose task the expert answers in
 * Tasklist (or in Opencall) before the deadline, after which it lapses. Auditors read the
 * invitations of every call; an expert reads their own.
 */
@Service
@Transactional
public class CallInvitations {

	static final int MAX_EXPERTS_PER_REQUEST = 200;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final CallInvitationRepository invitations;

	private final ExpertRepository experts;

	private final ExpertPool pool;

	private final CallCatalogue calls;

	private final ExpertInvitationEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CallInvitations(CallInvitationRepository invitations, ExpertRepository experts, ExpertPool pool,
			CallCatalogue calls, ExpertInvitationEngine engine, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.experts = experts;
		this.pool = pool;
		this.calls = calls;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Invites approved experts to a call of the officer's programme; refused naming every
	 * expert who cannot be invited ({@code experts[i]}), and nobody is invited then.
	 */
	public List<CallInvitationView> invite(String officer, String callReference, CallInvitationInput input) {
		CallView call = this.calls.callToChange(officer, callReference);
		List<String> usernames = (input.experts() != null) ? input.experts() : List.of();
		if (usernames.isEmpty()) {
			throw InvalidInputException.of("experts", "choose at least one approved expert to invite");
		}
		if (usernames.size() > MAX_EXPERTS_PER_REQUEST) {
			throw InvalidInputException.of("experts", "at most " + MAX_EXPERTS_PER_REQUEST + " at a time");
		}
		Duration within = responseTime(input.respondWithinDays(), call);
		List<FieldViolation> violations = new ArrayList<>();
		Map<String, Expert> chosen = new LinkedHashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < usernames.size(); i++) {
			String username = (usernames.get(i) != null) ? usernames.get(i).strip() : "";
			String field = "experts[" + i + "]";
			if (!seen.add(username)) {
				continue;
			}
			Expert expert = username.isEmpty() ? null : this.experts.findById(username).orElse(null);
			if (expert == null) {
				violations.add(new FieldViolation(field, "is not an expert of the pool"));
			}
			else if (!expert.isApproved()) {
				violations.add(new FieldViolation(field,
						username + " is not approved (" + expert.status().label().toLowerCase() + ")"));
			}
			else if (this.invitations.existsForCallAndExpert(call.reference(), username)) {
				violations.add(new FieldViolation(field, username + " was invited to this call already"));
			}
			else {
				chosen.put(username, expert);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		CallSnapshot snapshot = new CallSnapshot(call.reference(), call.programmeCode(), call.title());
		Instant now = this.clock.instant();
		Map<String, Person> people = this.pool.people();
		List<CallInvitationView> invited = new ArrayList<>();
		for (Expert expert : chosen.values()) {
			CallInvitation invitation = CallInvitation.invite(snapshot, expert, officer, within, now);
			this.invitations.save(invitation);
			this.events.publishEvent(invitation.invited());
			this.engine.start(invitation.id().toString(), call.reference(), call.title(),
					Programme.groupIdOf(call.programmeCode()));
			invited.add(view(invitation, people));
		}
		return invited;
	}

	/**
	 * The experts of a call for the officers of its programme and for auditors: the
	 * invitations and who else could be invited.
	 */
	@Transactional(readOnly = true)
	public CallExperts experts(String userId, String callReference) {
		CallView call = this.calls.officerCall(userId, callReference);
		List<CallInvitation> list = this.invitations.findByCall(call.reference());
		Map<String, Person> people = this.pool.people();
		Set<String> invited = new LinkedHashSet<>();
		list.forEach((invitation) -> invited.add(invitation.expertId()));
		List<Expert> invitable = this.experts.findApproved()
			.stream()
			.filter((expert) -> !invited.contains(expert.userId()))
			.toList();
		return new CallExperts(call.reference(), call.title(), call.programmeCode(),
				list.stream().map((invitation) -> view(invitation, people)).toList(), this.pool.views(invitable),
				call.evaluation().invitationDays());
	}

	/**
	 * The ids of a call's invitations, each the business key of its
	 * {@code expert-invitation} instance: the audit trail joins them to the call's
	 * history. For a caller who may read the call.
	 */
	@Transactional(readOnly = true)
	public List<String> invitationKeys(String callReference) {
		return this.invitations.findByCall(callReference).stream().map((i) -> i.id().toString()).toList();
	}

	/** The call of the invitation with this id (its process's business key), if any. */
	@Transactional(readOnly = true)
	public Optional<String> callOfInvitation(String invitationKey) {
		UUID id;
		try {
			id = UUID.fromString(invitationKey);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.invitations.findById(id).map(CallInvitation::callReference);
	}

	/** An expert's own invitations, those waiting for an answer first. */
	@Transactional(readOnly = true)
	public List<CallInvitationView> ownInvitations(String expertId) {
		Map<String, Person> people = this.pool.people();
		return this.invitations.findByExpert(expertId).stream().map((i) -> view(i, people)).toList();
	}

	/**
	 * The expert answers one of their invitations in Opencall, completing their task as
	 * Tasklist would: {@code accept}, or {@code decline} with a reason.
	 */
	public CallInvitationView answer(String expertId, UUID invitationId, String decision, String reason) {
		CallInvitation invitation = this.invitations.findById(invitationId)
			.filter((i) -> i.expertId().equals(expertId))
			.orElseThrow(() -> new NotFoundException("No invitation " + invitationId + " for you"));
		this.engine.answer(invitation.id().toString(), expertId, decision, reason);
		return view(find(invitationId.toString()), this.pool.people());
	}

	CallInvitation find(String invitationId) {
		UUID id;
		try {
			id = UUID.fromString(invitationId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No invitation " + invitationId);
		}
		return this.invitations.findById(id).orElseThrow(() -> new NotFoundException("No invitation " + id));
	}

	/** Records the answer of whoever completed the expert's task; refused otherwise. */
	void recordAnswer(String invitationId, String answeredBy, String decision, String reason) {
		CallInvitation invitation = find(invitationId);
		Instant now = this.clock.instant();
		if (ExpertInvitationProcess.ACCEPT.equals(decision)) {
			boolean stillApproved = this.experts.findById(invitation.expertId()).map(Expert::isApproved).orElse(false);
			if (!stillApproved) {
				throw new StateConflictException("You are no longer an approved expert of the pool");
			}
			this.events.publishEvent(invitation.accept(answeredBy, now));
		}
		else if (ExpertInvitationProcess.DECLINE.equals(decision)) {
			this.events.publishEvent(invitation.decline(answeredBy, reason, now));
		}
		else {
			throw InvalidInputException.of("decision", "must be accept or decline");
		}
		this.invitations.save(invitation);
	}

	void lapse(String invitationId) {
		CallInvitation invitation = find(invitationId);
		this.events.publishEvent(invitation.lapse(this.clock.instant()));
		this.invitations.save(invitation);
	}

	Map<String, Object> taskContext(String invitationId) {
		CallInvitation invitation = find(invitationId);
		Map<String, Object> context = new LinkedHashMap<>();
		context.put(ExpertInvitationProcess.VAR_CALL_REFERENCE, invitation.callReference());
		context.put(ExpertInvitationProcess.VAR_CALL_TITLE, invitation.callTitle());
		context.put(ExpertInvitationProcess.VAR_RESPOND_BY, WHEN.format(invitation.respondBy()));
		return context;
	}

	static String respondByInWords(Instant respondBy) {
		return WHEN.format(respondBy);
	}

	/** The days the officer gives, else those the call's evaluation rules set. */
	private Duration responseTime(Integer days, CallView call) {
		if (days == null) {
			return Duration.ofDays(call.evaluation().invitationDays());
		}
		long min = CallInvitation.MIN_RESPONSE_TIME.toDays();
		long max = CallInvitation.MAX_RESPONSE_TIME.toDays();
		if (days < min || days > max) {
			throw InvalidInputException.of("respondWithinDays", "must be from " + min + " to " + max + " days");
		}
		return Duration.ofDays(days);
	}

	private static CallInvitationView view(CallInvitation invitation, Map<String, Person> people) {
		Person person = people.get(invitation.expertId());
		return CallInvitationView.of(invitation, (person != null) ? person.displayName() : invitation.expertId());
	}

}
