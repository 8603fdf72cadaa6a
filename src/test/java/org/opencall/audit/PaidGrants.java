package org.opencall.audit;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.cocreation.ContractedGrants;
import org.opencall.cocreation.ContractedGrants.Opened;
import org.opencall.cocreation.PilotJourney;
import org.opencall.contracting.GrantQueries;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.FundingDecision;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A proposal followed through every phase, for the audit trail's tests: alice's proposal
 * to a call of the founding programme is received, found eligible by oscar, evaluated by
 * the demo experts (oscar approves the consensus), selected (olivia proposes, oscar
 * approves), its grant drafted by peter, approved by pia and accepted by alice; its pilot
 * kicked off by olivia, the advance released by oscar, two milestones delivered by alice
 * and accepted (olivia, then oscar, each with nora), their payments released by oscar and
 * olivia — the last payment. The engine's clock runs on from where the evaluation's
 * fixtures held it, so that each step after the evaluation has its own moment.
 */
@Component
public class PaidGrants {

	private final EvaluatedCalls calls;

	private final FundingDecision decision;

	private final ContractedGrants contracted;

	private final GrantQueries grants;

	PaidGrants(EvaluatedCalls calls, FundingDecision decision, ContractedGrants contracted, GrantQueries grants) {
		this.calls = calls;
		this.decision = decision;
		this.contracted = contracted;
		this.grants = grants;
	}

	public Followed paidInFull(PilotJourney journey) {
		Evaluated call = this.calls.evaluated("100000", List.of(new Proposal("alice", "48000", "4.5", "4", "4")));
		ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis());
		this.decision.propose("olivia", call.reference(), "As the panel agreed");
		pause();
		this.decision.review("oscar", call.reference(), "approve", null);
		this.calls.runJobs(call.reference());
		String proposal = call.of("alice");
		String grant = AuditSubject.grantOf(proposal);
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> this.grants.grant("peter", grant) != null);
		pause();
		this.contracted.sign(new Opened(null, null, call.reference(), proposal, grant));
		pause();
		assertThat(journey.kickOff(grant).get("statusLabel")).isEqualTo("Piloting");
		pause();
		assertThat(journey.release("oscar", grant, 1)).containsEntry("released", true);
		pause();
		assertThat(journey.deliver(grant, 1, "7").getStatusCode().value()).isEqualTo(200);
		pause();
		journey.accept("olivia", grant);
		pause();
		assertThat(journey.release("oscar", grant, 2)).containsEntry("released", true);
		pause();
		assertThat(journey.deliver(grant, 2, "15").getStatusCode().value()).isEqualTo(200);
		pause();
		journey.accept("oscar", grant);
		pause();
		assertThat(journey.release("olivia", grant, 3)).containsEntry("released", true);
		return new Followed(call.reference(), proposal, grant);
	}

	/**
	 * Steps a person takes one after the other are more than a moment apart: each
	 * record's nearest engine entry is then its own action's.
	 */
	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The call, the proposal and its grant. */
	public record Followed(String call, String proposal, String grant) {
	}

}
