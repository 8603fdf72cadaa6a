package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencall.calls.CallDraft;
import org.opencall.evaluation.DemoPast;
import org.opencall.evaluation.DemoPast.Consensus;
import org.opencall.evaluation.ExpertAssignments;
import org.opencall.selection.DemoEvaluatedProposals.Evaluated;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's evaluated call, {@value #REFERENCE}, waiting for its funding decision: at
 * the first start, after the other demo calls, the engine clock goes back six weeks and
 * the call lives its past ({@link DemoPast}): six companies submit, every proposal is
 * found eligible, olivia confirms the experts' assignment, the experts score and agree
 * the consensus results of {@link DemoEvaluatedProposals}, olivia approves each as
 * moderator, and the call hands over to its selection. Its ranking shows every outcome:
 * two proposals selected, the budget line drawn by a tie broken on Excellence, a smaller
 * request below the line on the reserve list too, one rejected on a criterion and one on
 * the overall threshold. Demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "opencall.demo.evaluated-call", havingValue = "true")
class DemoEvaluatedCall {

	static final String REFERENCE = "HC-DEMO-03";

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final DemoPast past;

	private final ExpertAssignments assignments;

	private final DemoFundingDecision decision;

	private final Clock clock;

	DemoEvaluatedCall(DemoPast past, ExpertAssignments assignments, DemoFundingDecision decision, Clock clock) {
		this.past = past;
		this.assignments = assignments;
		this.decision = decision;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(5)
	void seed() {
		if (this.past.exists(REFERENCE)) {
			return;
		}
		Instant start = this.clock.instant().minus(Duration.ofDays(42));
		this.past.live(start, () -> livePast(LocalDateTime.ofInstant(start, BRUSSELS).truncatedTo(ChronoUnit.MINUTES)));
	}

	private void livePast(LocalDateTime then) {
		List<Evaluated> proposals = DemoEvaluatedProposals.ALL;
		List<String> submitted = this.past.closedCall("healthchain-founding", REFERENCE,
				call(then.plusHours(1), then.plusDays(28)), proposals.stream().map(Evaluated::proposal).toList());
		this.past.later(Duration.ofDays(1));
		this.assignments.run("olivia", REFERENCE);
		this.assignments.confirm("olivia", REFERENCE);
		Map<String, Consensus> results = new LinkedHashMap<>();
		for (int i = 0; i < submitted.size(); i++) {
			results.put(submitted.get(i), proposals.get(i).consensus());
		}
		this.past.evaluate(results, "olivia");
		this.decision.awaitSelection(REFERENCE);
	}

	private CallDraft call(LocalDateTime opening, LocalDateTime deadline) {
		return new CallDraft("Digital tools for hospital at home",
				"HealthChain looks for digital tools that let hospitals treat acutely ill patients at home as"
						+ " safely as on the ward: monitoring them closely, planning the home team's visits and"
						+ " bringing medicines and equipment to the door on time. Two or three SMEs receive a grant"
						+ " and pilot their solution with a hospital-at-home service for twelve months.",
				List.of(new CallDraft.Challenge(DemoEvaluatedProposals.ACUTE_CARE,
						"Follow patients treated at home as closely as on the ward, and bring them back in time"
								+ " when they need it."),
						new CallDraft.Challenge(DemoEvaluatedProposals.HOME_TEAM,
								"Plan the nurses' and doctors' visits and get medicines and equipment to every"
										+ " patient's home on time.")),
				new BigDecimal("150000"), new BigDecimal("60000"), "EUR", opening, deadline, BRUSSELS.getId(), null,
				null, null);
	}

}
