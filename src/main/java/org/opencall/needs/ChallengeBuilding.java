package org.opencall.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallChallengeDetached;
import org.opencall.calls.NeedSummary;
import org.opencall.needs.domain.ConfidentialField;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedChallenge;
import org.opencall.needs.domain.NeedChallengeRepository;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;
import org.opencall.platform.NotFoundException;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme officers group validated needs into challenges and attach them to call drafts
 * of their programmes; the call keeps the needs' public fields as published.
 */
@Service
@Transactional
public class ChallengeBuilding {

	private static final int MAX_NEEDS = 100;

	private static final int NEED_REFERENCE_LENGTH = 20;

	private static final int CALL_REFERENCE_LENGTH = 40;

	private final NeedRepository needs;

	private final NeedChallengeRepository challenges;

	private final NeedLists lists;

	private final NeedAccess access;

	private final CallDrafting calls;

	ChallengeBuilding(NeedRepository needs, NeedChallengeRepository challenges, NeedLists lists, NeedAccess access,
			CallDrafting calls) {
		this.needs = needs;
		this.challenges = challenges;
		this.lists = lists;
		this.access = access;
		this.calls = calls;
	}

	public ChallengeView group(String officer, String programmeCode, String title, String description,
			List<String> needReferences) {
		this.access.requireOfficer(officer);
		List<FieldViolation> violations = new ArrayList<>();
		if (programmeCode == null || !this.access.programmesOf(officer).contains(programmeCode)) {
			violations.add(new FieldViolation("programme", "must be one of the programmes you work on"));
		}
		List<Need> grouped = new ArrayList<>();
		List<String> references = (needReferences != null) ? needReferences : List.of();
		if (references.size() > MAX_NEEDS) {
			violations.add(new FieldViolation("needs", "a challenge groups at most " + MAX_NEEDS + " needs"));
			references = List.of();
		}
		for (String reference : references) {
			// a reference no need can have is not looked up, nor echoed at length
			boolean plausible = reference != null && TextRules.problem(reference, NEED_REFERENCE_LENGTH) == null;
			Optional<Need> need = plausible ? this.needs.findByReference(reference) : Optional.empty();
			need.ifPresentOrElse(grouped::add, () -> violations
				.add(new FieldViolation("needs", plausible ? "no need " + reference : "no such need")));
		}
		NeedChallenge challenge = null;
		try {
			challenge = NeedChallenge.group(programmeCode, title, description, grouped, officer);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return ChallengeView.of(this.challenges.save(challenge));
	}

	public void attach(String officer, UUID challengeId, String callReference) {
		if (callReference == null || callReference.isBlank()) {
			throw InvalidInputException.of("call", "choose the call draft to attach the challenge to");
		}
		if (TextRules.problem(callReference, CALL_REFERENCE_LENGTH) != null) {
			throw InvalidInputException.of("call", "is not a call reference");
		}
		NeedChallenge challenge = challenge(officer, challengeId);
		challenge.attachTo(callReference);
		List<NeedSummary> published = challenge.needReferences()
			.stream()
			.map((reference) -> this.needs.findByReference(reference).orElseThrow())
			.map(this::publicSummary)
			.toList();
		try {
			this.calls.attachChallenge(officer, callReference, challenge.id(), challenge.title(),
					challenge.description(), published);
		}
		catch (NotFoundException ex) {
			// the challenge exists; what the request names wrongly is the call
			throw InvalidInputException.of("call", "is not a call of your programmes");
		}
		this.challenges.save(challenge);
	}

	/** The challenges of the officer's programmes; of every programme for an auditor. */
	@Transactional(readOnly = true)
	public List<ChallengeView> challengesOf(String userId) {
		this.access.requireOfficerOrAuditor(userId);
		return this.lists.challenges(this.access.readableProgrammes(userId));
	}

	@Transactional(readOnly = true)
	public ChallengeView challengeOf(String userId, UUID id) {
		this.access.requireOfficerOrAuditor(userId);
		return this.challenges.findById(id)
			.filter((c) -> this.access.readableProgrammes(userId).contains(c.programmeCode()))
			.map(ChallengeView::of)
			.orElseThrow(() -> new NotFoundException("No challenge " + id + " in your programmes"));
	}

	/**
	 * A challenge taken out of a call draft is free for another call. Runs after the
	 * call's revision committed, in its own transaction, recorded in the event
	 * publication registry until done: a failure here never undoes the officer's
	 * revision, and an unfinished reaction is taken up again after a restart.
	 */
	@ApplicationModuleListener
	void on(CallChallengeDetached event) {
		this.challenges.findById(event.challengeId())
			.filter((c) -> event.reference().equals(c.callReference()))
			.ifPresent((c) -> {
				c.detach();
				this.challenges.save(c);
			});
	}

	private NeedChallenge challenge(String officer, UUID id) {
		this.access.requireOfficer(officer);
		return this.challenges.findById(id)
			.filter((c) -> this.access.programmesOf(officer).contains(c.programmeCode()))
			.orElseThrow(() -> new NotFoundException("No challenge " + id + " in your programmes"));
	}

	/** What a call publishes of a need: nothing its owner marked confidential. */
	private NeedSummary publicSummary(Need need) {
		NeedDetails d = need.details();
		return new NeedSummary(need.reference(), d.title(), d.careSetting().label(), d.urgency().label(),
				shown(d, ConfidentialField.ORGANISATION, this.access.organisationName(need)),
				shown(d, ConfidentialField.AFFECTED_POPULATION, d.affectedPopulation()),
				shown(d, ConfidentialField.AFFECTED_COUNT, d.affectedCount()),
				shown(d, ConfidentialField.CURRENT_PRACTICE, d.currentPractice()),
				shown(d, ConfidentialField.CURRENT_BURDEN, d.currentBurden()),
				shown(d, ConfidentialField.EXPECTED_BENEFIT, d.expectedBenefit()));
	}

	private static <T> T shown(NeedDetails details, ConfidentialField field, T value) {
		return details.isConfidential(field) ? null : value;
	}

}
