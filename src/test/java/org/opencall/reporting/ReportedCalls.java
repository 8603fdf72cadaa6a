package org.opencall.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.cocreation.ContractedGrants;
import org.opencall.cocreation.KickingOff;
import org.opencall.cocreation.ReleasingPayments;
import org.opencall.contracting.GrantQueries;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.FundingDecision;

import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/**
 * A call through every phase so far, for the reports' tests: four proposals of the
 * founding programme's call with a budget of €100,000 evaluated (the default criteria,
 * thresholds 3 and 10), ranked and decided by olivia and oscar — alice's (€48,000, 4.5 /
 * 4 / 4) and bob's (€48,000, 4 / 4 / 4) selected, €96,000 committed; carla's (€45,000, 4
 * / 4 / 3.5) draws the budget line and is first on the reserve list; david's (€30,000,
 * 2.5 on Excellence) rejected — then alice's grant of €48,000 signed through contracting
 * (40 % at signature, 45 % and 15 % after its milestones), kicked off, and its advance of
 * €19,200 released by oscar.
 */
@Component
public class ReportedCalls {

	private final EvaluatedCalls calls;

	private final FundingDecision decision;

	private final ContractedGrants grants;

	private final GrantQueries grantQueries;

	private final KickingOff kickingOff;

	private final ReleasingPayments payments;

	ReportedCalls(EvaluatedCalls calls, FundingDecision decision, ContractedGrants grants, GrantQueries grantQueries,
			KickingOff kickingOff, ReleasingPayments payments) {
		this.calls = calls;
		this.decision = decision;
		this.grants = grants;
		this.grantQueries = grantQueries;
		this.kickingOff = kickingOff;
		this.payments = payments;
	}

	public Finished finished() {
		Evaluated call = this.calls.evaluated("100000",
				List.of(new Proposal("alice", "48000", "4.5", "4", "4"), new Proposal("bob", "48000", "4", "4", "4"),
						new Proposal("carla", "45000", "4", "4", "3.5"),
						new Proposal("david", "30000", "2.5", "4", "4")));
		this.decision.propose("olivia", call.reference(), "As the panel agreed");
		this.decision.review("oscar", call.reference(), "approve", null);
		this.calls.runJobs(call.reference());
		String grant = "GA-" + call.of("alice");
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> this.grantQueries.grant("peter", grant) != null);
		this.grants.sign(new ContractedGrants.Opened(null, null, call.reference(), call.of("alice"), grant));
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		this.kickingOff.hold("olivia", grant, today.toString(), "Met at the ward");
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> this.payments.release("oscar", grant, 1).payment() == 1
					&& this.payments.release("oscar", grant, 1).message().contains("released already"));
		return new Finished(call, grant);
	}

	/** The call and its proposals by applicant, and alice's signed grant. */
	public record Finished(Evaluated call, String grant) {

		public String reference() {
			return this.call.reference();
		}

		public String of(String applicant) {
			return this.call.of(applicant);
		}

	}

}
