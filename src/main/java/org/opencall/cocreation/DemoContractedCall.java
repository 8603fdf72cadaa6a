package org.opencall.cocreation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.calls.CallDraft;
import org.opencall.cocreation.DemoContractedProposals.Evaluated;
import org.opencall.cocreation.process.CoCreationProcess;
import org.opencall.contracting.DemoContracting;
import org.opencall.contracting.GrantSettings;
import org.opencall.evaluation.DemoPast;
import org.opencall.evaluation.DemoPast.Consensus;
import org.opencall.evaluation.ExpertAssignments;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.selection.DemoFundingDecision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's contracted call, {@value #REFERENCE}, with a signed grant in co-creation: at
 * the first start, after the other demo calls, the engine clock goes back
 * {@value #DAYS_AGO} days and the call lives its past ({@link DemoPast}): three companies
 * submit, every proposal is found eligible and evaluated
 * ({@link DemoContractedProposals}), olivia proposes and oscar approves the funding
 * decision, the letters go out, peter prepares alice's agreement and pia approves it
 * ({@link DemoPilotAgreement}), alice accepts it with the declarations, and peter holds
 * the kick-off with nora's hospital as host. Back at the present, alice's first
 * deliverable is due in a few weeks and the advance, made due at the signature of the
 * agreement peter prepared, waits for pia's release. Demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "opencall.demo.contracted-call", havingValue = "true")
class DemoContractedCall {

	static final String REFERENCE = "HC-DEMO-04";

	static final String HOST_NEED_OWNER = "nora";

	static final int DAYS_AGO = 75;

	/** How long after the first start alice's first deliverable falls due. */
	static final Period FIRST_DELIVERABLE = Period.ofWeeks(3);

	private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

	private final DemoPast past;

	private final ExpertAssignments assignments;

	private final DemoFundingDecision funding;

	private final DemoContracting contracting;

	private final KickingOff kickingOff;

	private final Directory directory;

	private final GrantSettings settings;

	private final RuntimeService runtimeService;

	private final Clock clock;

	DemoContractedCall(DemoPast past, ExpertAssignments assignments, DemoFundingDecision funding,
			DemoContracting contracting, KickingOff kickingOff, Directory directory, GrantSettings settings,
			RuntimeService runtimeService, Clock clock) {
		this.past = past;
		this.assignments = assignments;
		this.funding = funding;
		this.contracting = contracting;
		this.kickingOff = kickingOff;
		this.directory = directory;
		this.settings = settings;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(6)
	void seed() {
		if (this.past.exists(REFERENCE)) {
			return;
		}
		Instant now = this.clock.instant();
		LocalDate firstDeliverableDue = LocalDate.ofInstant(now, LISBON).plus(FIRST_DELIVERABLE);
		Instant start = now.minus(Duration.ofDays(DAYS_AGO));
		this.past.live(start, () -> livePast(LocalDateTime.ofInstant(start, LISBON).truncatedTo(ChronoUnit.MINUTES),
				firstDeliverableDue));
	}

	private void livePast(LocalDateTime then, LocalDate firstDeliverableDue) {
		List<Evaluated> proposals = DemoContractedProposals.ALL;
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
		this.past.later(Duration.ofDays(1));
		this.funding.decide(REFERENCE);
		this.past.later(Duration.ofDays(1));
		LocalDate start = then.toLocalDate().plusDays(46);
		String grant = this.contracting.sign(submitted.get(0),
				DemoPilotAgreement.of(host(), start, firstDeliverableDue, this.settings), "alice");
		this.past.await("The pilot of grant " + grant, () -> pilotOpened(grant));
		this.past.later(Duration.ofDays(2));
		this.kickingOff.hold("peter", grant, LocalDate.ofInstant(this.clock.instant(), LISBON).toString(),
				"Kick-off at Coimbra University Hospital with the heart-failure nurses: the first patients are"
						+ " monitored from next week; the indicators' baseline comes from last year's records.");
	}

	/** nora's hospital, which hosts the pilot. */
	private UUID host() {
		return this.directory.organisationOf(HOST_NEED_OWNER)
			.map(Organisation::id)
			.orElseThrow(() -> new IllegalStateException(HOST_NEED_OWNER + " belongs to no organisation"));
	}

	private boolean pilotOpened(String grant) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(CoCreationProcess.KEY)
			.processInstanceBusinessKey(grant)
			.count() > 0;
	}

	private CallDraft call(LocalDateTime opening, LocalDateTime deadline) {
		return new CallDraft("Home follow-up after heart failure",
				"HealthChain looks for solutions that follow heart-failure patients through their first month at"
						+ " home after a hospital stay, so that fewer come back and the nurses spend their time where"
						+ " it helps. One SME receives a grant and pilots its solution for twelve months with"
						+ " Coimbra University Hospital's heart-failure clinic.",
				List.of(new CallDraft.Challenge(DemoContractedProposals.CHALLENGE,
						"Spot the patients who decompensate at home early enough to treat them without a"
								+ " readmission, and ask the patients how they are.")),
				new BigDecimal("60000"), new BigDecimal("50000"), "EUR", opening, deadline, LISBON.getId(), null, null,
				null);
	}

}
