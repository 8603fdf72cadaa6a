package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.opencall.calls.CallDraft;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's closed call, {@value #REFERENCE}, ready to evaluate: at the first start the
 * engine clock goes back five weeks and the call lives its past through the real use
 * cases ({@link DemoPast}: drafted by olivia, approved by oscar, opened by its timer, the
 * four demo experts invited and accepting, six companies submitting, closed by its timer,
 * every proposal found eligible by oscar); back at the present, olivia runs and confirms
 * the optimal assignment, so that eva, emil, elena and erik have conflicts to declare.
 * Demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "opencall.demo.closed-call", havingValue = "true")
class DemoClosedCall {

	static final String REFERENCE = "HC-DEMO-02";

	static final List<String> EXPERTS = DemoPast.EXPERTS;

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final DemoPast past;

	private final ExpertAssignments assignments;

	private final Clock clock;

	DemoClosedCall(DemoPast past, ExpertAssignments assignments, Clock clock) {
		this.past = past;
		this.assignments = assignments;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(4)
	void seed() {
		if (this.past.exists(REFERENCE)) {
			return;
		}
		Instant start = this.clock.instant().minus(Duration.ofDays(35));
		LocalDateTime then = LocalDateTime.ofInstant(start, BRUSSELS).truncatedTo(ChronoUnit.MINUTES);
		this.past.live(start, () -> this.past.closedCall("healthchain-founding", REFERENCE,
				call(then.plusHours(1), then.plusDays(28)), DemoProposals.ALL));
		this.assignments.run("olivia", REFERENCE);
		this.assignments.confirm("olivia", REFERENCE);
	}

	private CallDraft call(LocalDateTime opening, LocalDateTime deadline) {
		return new CallDraft("AI for hospital logistics",
				"HealthChain looks for data-driven solutions that keep beds, patients and supplies moving in"
						+ " hospitals: fewer patients waiting in corridors, fewer cancelled operations, fewer"
						+ " shortages on the wards. Up to four SMEs receive a grant and pilot their solution with a"
						+ " hospital for twelve months.",
				List.of(new CallDraft.Challenge("Bed and patient flow",
						"Predict admissions and discharges so that a bed is ready when a patient needs it."),
						new CallDraft.Challenge("Medicines and supplies on the wards",
								"Know what is in stock on every ward and reorder before anything runs out.")),
				new BigDecimal("200000"), new BigDecimal("50000"), "EUR", opening, deadline, BRUSSELS.getId(), null,
				null, null);
	}

}
