package org.opencall.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallEvents.CallChallengeDetached;
import org.opencall.calls.NeedSummary;
import org.opencall.needs.domain.Challenge;
import org.opencall.needs.domain.ConfidentialField;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.TextRules;
import org.opencall.platform.NotFoundException;

import org.springframework.context.event.EventListener;
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

	private final NeedAccess access;

	private final CallDrafting calls;

	ChallengeBuilding(NeedRepository needs, NeedAccess access, CallDrafting calls) {
		this.needs = needs;
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
		Challenge challenge = null;
		try {
			challenge = Challenge.group(programmeCode, title, description, grouped, officer);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.needs.saveChallenge(challenge);
		return ChallengeView.of(challenge);
	}

	public void attach(String officer, UUID challengeId, String callReference) {
		if (callReference == null || callReference.isBlank()) {
			throw InvalidInputException.of("call", "choose the call draft to attach the challenge to");
		}
		if (TextRules.problem(callReference, CALL_REFERENCE_LENGTH) != null) {
			throw InvalidInputException.of("call", "is not a call reference");
		}
		Challenge challenge = challenge(officer, challengeId).attachTo(callReference);
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
		this.needs.saveChallenge(challenge);
	}

	/** The challenges of the officer's programmes; of every programme for an auditor. */
	@Transactional(readOnly = true)
	public List<ChallengeView> challengesOf(String userId) {
		this.access.requireOfficerOrAuditor(userId);
		return this.needs.findChallenges(this.access.readableProgrammes(userId))
			.stream()
			.map(ChallengeView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public ChallengeView challengeOf(String userId, UUID id) {
		this.access.requireOfficerOrAuditor(userId);
		return this.needs.findChallenge(id)
			.filter((c) -> this.access.readableProgrammes(userId).contains(c.programmeCode()))
			.map(ChallengeView::of)
			.orElseThrow(() -> new NotFoundException("No challenge " + id + " in your programmes"));
	}

	@EventListener
	void on(CallChallengeDetached event) {
		this.needs.findChallenge(event.challengeId())
			.filter((c) -> event.reference().equals(c.callReference()))
			.ifPresent((c) -> this.needs.saveChallenge(c.detach()));
	}

	private Challenge challenge(String officer, UUID id) {
		this.access.requireOfficer(officer);
		return this.needs.findChallenge(id)
			.filter((c) -> this.access.programmesOf(officer).contains(c.programmeCode()))
			.orElseThrow(() -> new NotFoundException("No challenge " + id + " in your programmes"));
	}

	/** What a call publishes of a need: nothing its owner marked confidential. */
	private NeedSummary publicSummary(Need need) {
		NeedDetails d = need.details();
		return new NeedSummary(need.reference(), d.title(), d.careSetting().label(), d.urgency().name(),
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
