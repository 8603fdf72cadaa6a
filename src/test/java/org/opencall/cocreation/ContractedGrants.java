package org.opencall.cocreation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.contracting.AgreementApproval;
import org.opencall.contracting.AgreementDrafting;
import org.opencall.contracting.AgreementInput;
import org.opencall.contracting.CompanyAnswer;
import org.opencall.contracting.GrantDeclarations;
import org.opencall.contracting.GrantTerms;
import org.opencall.contracting.SignedGrants;
import org.opencall.identity.Directory;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.FundingDecision;

import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/**
 * Grants really signed through contracting, for co-creation's tests: alice's proposal is
 * evaluated and selected (olivia proposes, oscar approves), peter prepares its agreement
 * of 48,000 hosted by nora's hospital — 40 % (19,200) at signature, 45 % (21,600) after
 * milestone 1 (due in 60 days), 15 % (7,200) after milestone 2 (due in 300 days), one
 * indicator — pia approves it, alice accepts it; answers once its pilot is open.
 */
@Component
public class ContractedGrants {

	private final EvaluatedCalls calls;

	private final FundingDecision decision;

	private final AgreementDrafting drafting;

	private final AgreementApproval approval;

	private final CompanyAnswer answer;

	private final SignedGrants signedGrants;

	private final Directory directory;

	private final PilotRepository pilots;

	ContractedGrants(EvaluatedCalls calls, FundingDecision decision, AgreementDrafting drafting,
			AgreementApproval approval, CompanyAnswer answer, SignedGrants signedGrants, Directory directory,
			PilotRepository pilots) {
		this.calls = calls;
		this.decision = decision;
		this.drafting = drafting;
		this.approval = approval;
		this.answer = answer;
		this.signedGrants = signedGrants;
		this.directory = directory;
		this.pilots = pilots;
	}

	public GrantTerms signed() {
		Evaluated call = this.calls.evaluated("100000", List.of(new Proposal("alice", "48000", "4.5", "4", "4")));
		this.decision.propose("olivia", call.reference(), "As the panel agreed");
		this.decision.review("oscar", call.reference(), "approve", null);
		this.calls.runJobs(call.reference());
		String grant = "GA-" + call.of("alice");
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.untilAsserted(() -> this.drafting.draft("peter", grant, new AgreementInput(new BigDecimal("48000"), today,
					12, this.directory.organisationOf("nora").orElseThrow().id(), List.of(),
					List.of(new GrantTerms.Milestone(1, "Mid-term pilot", "Pilot report on 20 patients",
							today.plusDays(60)),
							new GrantTerms.Milestone(2, "Final report", "Final pilot report", today.plusDays(300))),
					List.of(new GrantTerms.Instalment(1, GrantTerms.AT_SIGNATURE, null, new BigDecimal("40"), null),
							new GrantTerms.Instalment(2, GrantTerms.AFTER_MILESTONE, 1, new BigDecimal("45"), null),
							new GrantTerms.Instalment(3, GrantTerms.AFTER_MILESTONE, 2, new BigDecimal("15"), null)),
					List.of(new GrantTerms.Indicator("Readmissions avoided", "patients", BigDecimal.ZERO,
							new BigDecimal("20"))))));
		this.approval.prepare("peter", grant);
		this.approval.review("pia", grant, "approve", null);
		this.calls.runJobs(grant);
		this.answer.accept("alice", grant, List.copyOf(GrantDeclarations.all().keySet()));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.pilots.findByGrantReference(grant).isPresent());
		return this.signedGrants.terms(grant).orElseThrow();
	}

}
