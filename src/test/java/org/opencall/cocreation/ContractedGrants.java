package org.opencall.cocreation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.calls.CallFixtures;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.contracting.AgreementApproval;
import org.opencall.contracting.AgreementDrafting;
import org.opencall.contracting.AgreementInput;
import org.opencall.contracting.CompanyAnswer;
import org.opencall.contracting.GrantDeclarations;
import org.opencall.contracting.GrantQueries;
import org.opencall.contracting.GrantTerms;
import org.opencall.contracting.SignedGrants;
import org.opencall.identity.Directory;
import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.FundingDecision;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/**
 * Grants really signed through contracting, for co-creation's tests: alice's proposal is
 * evaluated and selected (olivia proposes, oscar approves), peter prepares its agreement
 * of 48,000 hosted by nora's hospital — 40 % (19,200) at signature, 45 % (21,600) after
 * milestone 1 (due in 60 days), 15 % (7,200) after milestone 2 (due in 300 days), one
 * indicator — pia approves it, alice accepts it; answers once its pilot is open. The
 * proposal answers a plain challenge ({@link #signed()}) or one built from a real need of
 * nora's hospital ({@link #openedForANeed()}, then {@link #sign(Opened)}).
 */
@Component
public class ContractedGrants {

	private final EvaluatedCalls calls;

	private final FundingDecision decision;

	private final AgreementDrafting drafting;

	private final AgreementApproval approval;

	private final CompanyAnswer answer;

	private final SignedGrants signedGrants;

	private final GrantQueries grants;

	private final NeedSubmission needs;

	private final NeedTriage triage;

	private final ChallengeBuilding challenges;

	private final Directory directory;

	private final PilotRepository pilots;

	ContractedGrants(EvaluatedCalls calls, FundingDecision decision, AgreementDrafting drafting,
			AgreementApproval approval, CompanyAnswer answer, SignedGrants signedGrants, GrantQueries grants,
			NeedSubmission needs, NeedTriage triage, ChallengeBuilding challenges, Directory directory,
			PilotRepository pilots) {
		this.calls = calls;
		this.decision = decision;
		this.drafting = drafting;
		this.approval = approval;
		this.answer = answer;
		this.signedGrants = signedGrants;
		this.grants = grants;
		this.needs = needs;
		this.triage = triage;
		this.challenges = challenges;
		this.directory = directory;
		this.pilots = pilots;
	}

	/** A grant signed for a proposal to a call's plain challenge, answering no need. */
	public GrantTerms signed() {
		Evaluated call = this.calls.evaluated("100000", List.of(proposal()));
		return sign(opened(call, null, null));
	}

	/**
	 * A grant opened for a proposal answering a real need, its default draft untouched:
	 * nora states the need, olivia validates it, builds the challenge
	 * {@link SubmissionFixtures#CHALLENGE} from it and attaches it to a call draft of the
	 * founding programme (its only challenge); alice's proposal answers it.
	 */
	public Opened openedForANeed() {
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		this.triage.triage("olivia", need, new TriageInput("VALIDATE", null, null, null));
		UUID challenge = UUID.fromString(
				this.challenges
					.group("olivia", CallFixtures.FOUNDING, SubmissionFixtures.CHALLENGE,
							"Detect decompensation before readmission.", List.of(need))
					.id());
		Evaluated call = this.calls.evaluated("100000", List.of(),
				(draft) -> this.challenges.attach("olivia", challenge, draft), List.of(proposal()));
		return opened(call, need, challenge);
	}

	/**
	 * Signs the opened grant: peter drafts the agreement (hosted by nora's hospital,
	 * naming the need it answers, if any) and prepares it, pia approves it, alice accepts
	 * it.
	 */
	public GrantTerms sign(Opened opened) {
		String grant = opened.grant();
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		this.drafting.draft("peter", grant, new AgreementInput(new BigDecimal("48000"), today, 12,
				this.directory.organisationOf("nora").orElseThrow().id(),
				(opened.need() != null) ? List.of(opened.need()) : List.of(),
				List.of(new GrantTerms.Milestone(1, "Mid-term pilot", "Pilot report on 20 patients",
						today.plusDays(60)),
						new GrantTerms.Milestone(2, "Final report", "Final pilot report", today.plusDays(300))),
				List.of(new GrantTerms.Instalment(1, GrantTerms.AT_SIGNATURE, null, new BigDecimal("40"), null),
						new GrantTerms.Instalment(2, GrantTerms.AFTER_MILESTONE, 1, new BigDecimal("45"), null),
						new GrantTerms.Instalment(3, GrantTerms.AFTER_MILESTONE, 2, new BigDecimal("15"), null)),
				List.of(new GrantTerms.Indicator("Readmissions avoided", "patients", BigDecimal.ZERO,
						new BigDecimal("20")))));
		this.approval.prepare("peter", grant);
		this.approval.review("pia", grant, "approve", null);
		this.calls.runJobs(grant);
		this.answer.accept("alice", grant, List.copyOf(GrantDeclarations.all().keySet()));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.pilots.findByGrantReference(grant).isPresent());
		return this.signedGrants.terms(grant).orElseThrow();
	}

	/** The call decided (olivia proposes, oscar approves) and alice's grant opened. */
	private Opened opened(Evaluated call, String need, UUID challenge) {
		this.decision.propose("olivia", call.reference(), "As the panel agreed");
		this.decision.review("oscar", call.reference(), "approve", null);
		this.calls.runJobs(call.reference());
		String grant = "GA-" + call.of("alice");
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> this.grants.grant("peter", grant) != null);
		return new Opened(need, challenge, call.reference(), call.of("alice"), grant);
	}

	private static Proposal proposal() {
		return new Proposal("alice", "48000", "4.5", "4", "4");
	}

	/**
	 * A grant opened: the need its proposal answers (through the challenge built from it)
	 * or none, the call, the proposal and the grant's references.
	 */
	public record Opened(String need, UUID challenge, String call, String proposal, String grant) {
	}

}
