package org.opencall.cocreation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.cocreation.process.CoCreationProcess;
import org.opencall.contracting.GrantProgress;
import org.opencall.contracting.GrantTerms;
import org.opencall.needs.NeedFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencall.Problems.fields;
import static org.opencall.cocreation.PilotJourney.payment;
import static org.opencall.cocreation.PilotJourney.today;

/**
 * A grant signed through contracting piloted through the HTTP API: the kick-off, the
 * advance payment released by a second officer (not peter, who prepared the agreement),
 * each milestone's deliverable submitted by the company, co-reviewed by the officer and
 * the host (sent back once), its payment released (twice changes nothing), the final
 * review and the progress contracting reads; reminders and escalation of an overdue
 * deliverable; who may see and do what.
 */
class CoCreationApiTest extends ApiTest {

	@Autowired
	ContractedGrants grants;

	@Autowired
	GrantProgress progress;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	PilotJourney journey;

	@BeforeEach
	void startJourney() {
		this.journey = new PilotJourney(this.api, this.port, smtp);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSignedGrantIsKickedOffDeliveredCoReviewedPaidAndClosedWithItsOutcome() throws Exception {
		GrantTerms terms = this.grants.signed();
		String ref = terms.grantReference();
		String pilot = "/api/pilots/" + ref;
		assertThat(this.journey.recipients("Grant " + ref + " signed: hold its kick-off", "olivia@opencall.example",
				"oscar@opencall.example"))
			.contains("olivia@opencall.example", "oscar@opencall.example");

		// who sees it: its programme's officers, the company, the host, auditors
		assertThat(this.api.get("olivia", pilot).getBody().get("statusLabel")).isEqualTo("Waiting for its kick-off");
		assertThat(this.api.get("alice", pilot).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("nora", pilot).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("aude", pilot).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("bob", pilot).getStatusCode()).as("another company").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("otto", pilot).getStatusCode()).as("a foreign programme's officer")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("aude", pilot + "/kick-off", Map.of("date", today().toString())).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		// the kick-off: a date outside the grant's period is refused
		ResponseEntity<Map<String, Object>> early = this.api.post("olivia", pilot + "/kick-off",
				Map.of("date", today().minusDays(3).toString()));
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(early)).containsExactly("kickOffDate");
		Map<String, Object> kickedOff = this.journey.kickOff(ref);
		assertThat(kickedOff.get("statusLabel")).isEqualTo("Piloting");
		// the host's need owners: nora, and whoever else of her hospital other tests
		// added
		assertThat(kickedOff.get("needOwners")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("nora");
		assertThat(
				this.journey.recipients("Kick-off of grant " + ref, "alice@medsense.example", "nora@uhospital.example"))
			.contains("alice@medsense.example", "nora@uhospital.example");

		// the advance payment: peter prepared the agreement, oscar releases it, once
		assertThat(this.api.post("peter", pilot + "/payments/1/release", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.journey.release("oscar", ref, 1)).containsEntry("released", true);
		Map<String, Object> again = this.journey.release("oscar", ref, 1);
		assertThat(again).containsEntry("released", false);
		assertThat(again.get("message").toString()).contains("released already", "nothing changed");
		assertThat(this.journey.ledger(ref)).containsEntry("released", 19200.0).containsEntry("remaining", 28800.0);
		assertThat(this.journey.recipients("Payment 1 of grant " + ref + " released", "alice@medsense.example"))
			.contains("alice@medsense.example")
			.doesNotContain("nora@uhospital.example", "oscar@opencall.example");

		// milestone 1: a non-PDF and an empty report are refused, nothing changes
		ResponseEntity<String> notPdf = this.journey.submit(ref, 1, "Pilot on 20 patients", "notes.pdf",
				"plain text".getBytes(StandardCharsets.UTF_8), "6");
		assertThat(notPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notPdf.getBody()).contains("\"field\":\"documents\"", "must be a PDF document");
		ResponseEntity<String> empty = this.journey.submit(ref, 1, " ", "report.pdf", NeedFixtures.pdf(), "six");
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getBody()).contains("\"field\":\"report\"");
		assertThat(this.journey.milestone(ref, 1)).containsEntry("status", "OPEN");
		assertThat((List<?>) this.journey.milestone(ref, 1).get("deliverables")).isEmpty();
		assertThat(
				this.journey.submit(ref, 1, "Pilot on 20 patients", "report.pdf", NeedFixtures.pdf(), "six").getBody())
			.as("readings are numbers")
			.contains("\"field\":\"readings.Readmissions avoided\"");
		assertThat(this.api.post("bob", pilot + "/review", Map.of("verdict", "accept")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(this.journey.submit(ref, 1, "Pilot on 20 patients", "report.pdf", NeedFixtures.pdf(), "6")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.journey.milestone(ref, 1)).containsEntry("status", "SUBMITTED");
		assertThat(this.journey.recipients("Deliverable of milestone 1 of grant " + ref + " to review",
				"olivia@opencall.example", "oscar@opencall.example", "nora@uhospital.example"))
			.contains("olivia@opencall.example", "oscar@opencall.example", "nora@uhospital.example");

		// the host asks for a revision; the company reads why and resubmits
		assertThat(this.api.post("nora", pilot + "/co-review", Map.of("verdict", "revise")).getBody().toString())
			.contains("comment");
		this.api.post("nora", pilot + "/co-review", Map.of("verdict", "revise", "comment", "Add the ward's figures"));
		this.api.post("oscar", pilot + "/review", Map.of("verdict", "accept"));
		assertThat(this.journey.milestone(ref, 1)).containsEntry("status", "REVISION");
		assertThat(this.journey.mails("Revise the deliverable of milestone 1 of grant " + ref, 1))
			.filteredOn((mail) -> Mailbox.recipient(mail).equals("alice@medsense.example"))
			.singleElement()
			.satisfies((mail) -> assertThat(mail.getContent().toString()).contains("Add the ward's figures"));
		assertThat(this.journey
			.submit(ref, 1, "Pilot on 20 patients, with the ward's figures", "report-2.pdf", NeedFixtures.pdf(), "7")
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		// both accept: the milestone is accepted and its payment due, made due by olivia
		Map<String, Object> accepted = this.journey.accept("olivia", ref);
		assertThat(this.journey.milestone(ref, 1)).containsEntry("status", "ACCEPTED");
		assertThat(payment(accepted, 2)).containsEntry("status", "DUE").containsEntry("madeDueBy", "olivia");
		assertThat(this.journey.recipients("Payment 2 of grant " + ref + " to release", "oscar@opencall.example"))
			.contains("oscar@opencall.example")
			.doesNotContain("olivia@opencall.example");
		assertThat(this.api.post("olivia", pilot + "/payments/2/release", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.journey.release("oscar", ref, 2)).containsEntry("released", true);
		assertThat(this.journey.release("oscar", ref, 2)).containsEntry("released", false);
		assertThat(this.journey.ledger(ref)).containsEntry("released", 40800.0).containsEntry("remaining", 7200.0);

		// an accepted milestone takes no deliverable
		ResponseEntity<String> late = this.journey.submit(ref, 1, "Another version", "report-3.pdf", NeedFixtures.pdf(),
				"8");
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(late.getBody()).contains("\"field\":\"milestone\"", "accepted already");

		// milestone 2, the final payment released by olivia, as oscar made it due
		this.journey.submit(ref, 2, "Final pilot report", "final.pdf", NeedFixtures.pdf(), "15");
		this.journey.accept("oscar", ref);
		assertThat(this.journey.release("olivia", ref, 3)).containsEntry("released", true);
		assertThat(this.journey.ledger(ref)).containsEntry("released", 48000.0).containsEntry("remaining", 0.0);

		// the final review: the outcome against the need, on the need's trace
		ResponseEntity<Map<String, Object>> incomplete = this.api.post("olivia", pilot + "/final-review",
				Map.of("outcome", "SOLVED", "finalValues", Map.of(), "summary", "Fewer readmissions"));
		assertThat(fields(incomplete)).containsExactly("finalValues.Readmissions avoided");
		Map<String, Object> closed = this.journey.close(ref, "SOLVED", 16).getBody();
		assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcomeLabel", "Need solved");
		assertThat(this.journey.mails("Grant " + ref + " closed", 4)).isNotEmpty();
		assertThat(this.progress.releasedAmount(ref)).isEqualByComparingTo("48000");
		assertThat(this.progress.acceptedMilestones(ref)).containsExactlyInAnyOrder(1, 2);
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(CoCreationProcess.KEY)
			.processInstanceBusinessKey(ref)
			.finished()
			.count()).isOne();
		assertThat(this.api.get("olivia", "/api/pilots/ledger?call=" + terms.callReference()).getBody().toString())
			.contains(ref);
		assertThat(this.api.get("otto", "/api/pilots/ledger?call=" + terms.callReference()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anOverdueDeliverableIsRemindedToTheCompanyThenEscalatedToTheOfficers() {
		GrantTerms terms = this.grants.signed();
		String ref = terms.grantReference();
		this.journey.kickOff(ref);
		LocalDate due = terms.milestones().get(0).dueDate();

		Job reminder = timer(ref, CoCreationProcess.TIMER_REMINDER);
		assertThat(reminder.getDuedate()).isEqualTo(Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant()));
		ClockUtil.setCurrentTime(reminder.getDuedate());
		this.managementService.executeJob(reminder.getId());
		assertThat(this.journey.recipients("Deliverable of milestone 1 of grant " + ref + " is due",
				"alice@medsense.example"))
			.contains("alice@medsense.example")
			.doesNotContain("olivia@opencall.example", "nora@uhospital.example");
		assertThat(this.journey.mails("Deliverable of milestone 1 of grant " + ref + " overdue", 0)).as("not yet")
			.isEmpty();

		Job escalation = timer(ref, CoCreationProcess.TIMER_ESCALATION);
		assertThat(escalation.getDuedate())
			.isEqualTo(Date.from(due.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant()));
		ClockUtil.setCurrentTime(escalation.getDuedate());
		this.managementService.executeJob(escalation.getId());
		assertThat(this.journey.recipients("Deliverable of milestone 1 of grant " + ref + " overdue",
				"olivia@opencall.example", "oscar@opencall.example"))
			.contains("olivia@opencall.example", "oscar@opencall.example");
		assertThat(this.journey.submit(ref, 1, "Late, but here", "report.pdf", NeedFixtures.pdf(), "3").getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void anApprovedAmendmentMovesTheMilestonesNotYetAccepted() {
		GrantTerms terms = this.grants.signed();
		String ref = terms.grantReference();
		LocalDate later = terms.milestones().get(1).dueDate().plusDays(30);
		Map<String, Object> amended = new LinkedHashMap<>();
		amended.put("amount", terms.amount());
		amended.put("startDate", terms.startDate().toString());
		amended.put("durationMonths", 13);
		amended.put("hostOrganisationId", terms.hostOrganisationId().toString());
		amended.put("milestones",
				List.of(Map.of("title", "Mid-term pilot", "deliverable", "Pilot report on 20 patients", "dueDate",
						terms.milestones().get(0).dueDate().toString()),
						Map.of("title", "Final report", "deliverable", "Final pilot report, with the second ward",
								"dueDate", later.toString())));
		amended.put("instalments",
				List.of(Map.of("trigger", "SIGNATURE", "percent", 40),
						Map.of("trigger", "MILESTONE", "milestone", 1, "percent", 45),
						Map.of("trigger", "MILESTONE", "milestone", 2, "percent", 15)));
		amended.put("indicators",
				List.of(Map.of("name", "Readmissions avoided", "unit", "patients", "baseline", 0, "target", 20)));
		String amendments = "/api/grants/" + ref + "/amendments";
		assertThat(this.api
			.post("alice", amendments, Map.of("reason", "The second ward joins the pilot", "terms", amended))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		this.api.post("peter", amendments + "/1/approval", null);
		this.api.post("pia", amendments + "/1/approval", null);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.get("olivia", "/api/pilots/" + ref).getBody())
				.containsEntry("agreementVersion", 2));
		Map<String, Object> milestone = this.journey.milestone(ref, 2);
		assertThat(milestone).containsEntry("dueDate", later.toString())
			.containsEntry("deliverable", "Final pilot report, with the second ward");
		assertThat(payment(this.api.get("olivia", "/api/pilots/" + ref).getBody(), 1))
			.as("still due, made due by its preparer")
			.containsEntry("status", "DUE")
			.containsEntry("madeDueBy", "peter");
	}

	private Job timer(String ref, String activity) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(CoCreationProcess.KEY)
			.processInstanceBusinessKey(ref)
			.singleResult()
			.getId();
		return this.managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
	}

}
