package org.opencall.cocreation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.BasicClient;
import org.opencall.Mailbox;
import org.opencall.Multipart;
import org.opencall.cocreation.SignedGrantFixture.FixtureSignedGrants;
import org.opencall.cocreation.process.CoCreationProcess;
import org.opencall.contracting.GrantTerms;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.PilotOutcome;
import org.opencall.needs.PilotOutcomes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * A pilot's outcome reaches the need it answers: a grant naming a need, piloted through
 * the HTTP API to its final review, shows on the need's trace ({@link PilotOutcomes}).
 * The grant is signed by the test's stand-in for contracting
 * ({@link SignedGrantFixture}), as the calls contracting signs in tests answer no need;
 * {@link CoCreationApiTest} pilots a grant really signed through contracting.
 */
@Import(SignedGrantFixture.class)
class PilotOutcomeTraceApiTest extends ApiTest {

	@Autowired
	FixtureSignedGrants grants;

	@Autowired
	PilotOutcomes outcomes;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	HistoryService historyService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSignedGrantIsKickedOffDeliveredCoReviewedPaidAndClosedWithItsOutcome() throws Exception {
		String need = "N-TRACE-" + System.nanoTime() % 100_000;
		GrantTerms terms = this.grants.sign("HC-TEST-CC", need);
		String ref = terms.grantReference();
		String pilot = "/api/pilots/" + ref;
		assertThat(mails("Grant " + ref + " signed: hold its kick-off", 4)).extracting(Mailbox::recipient)
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
		Map<String, Object> kickedOff = this.api
			.post("olivia", pilot + "/kick-off", Map.of("date", today().toString(), "notes", "Met at the ward"))
			.getBody();
		assertThat(kickedOff.get("statusLabel")).isEqualTo("Piloting");
		assertThat(kickedOff.get("needOwners")).isEqualTo(List.of("nora"));
		assertThat(mails("Kick-off of grant " + ref, 2)).extracting(Mailbox::recipient)
			.contains("alice@medsense.example", "nora@uhospital.example");

		// the advance payment: olivia prepared the agreement, oscar releases it, once
		assertThat(this.api.post("olivia", pilot + "/payments/1/release", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("oscar", pilot + "/payments/1/release", Map.of()).getBody()).containsEntry("released",
				true);
		Map<String, Object> again = this.api.post("oscar", pilot + "/payments/1/release", Map.of()).getBody();
		assertThat(again).containsEntry("released", false);
		assertThat(again.get("message").toString()).contains("released already", "nothing changed");
		assertThat(ledger(pilot)).containsEntry("released", 20000.0).containsEntry("remaining", 30000.0);
		assertThat(mails("Payment 1 of grant " + ref + " released", 1)).extracting(Mailbox::recipient)
			.containsExactly("alice@medsense.example");

		// milestone 1: a non-PDF and an empty report are refused, nothing changes
		ResponseEntity<String> notPdf = submit(ref, 1, "Pilot on 20 patients", "notes.pdf",
				"plain text".getBytes(StandardCharsets.UTF_8), "6");
		assertThat(notPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notPdf.getBody()).contains("\"field\":\"documents\"", "must be a PDF document");
		ResponseEntity<String> empty = submit(ref, 1, " ", "report.pdf", NeedFixtures.pdf(), "six");
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getBody()).contains("\"field\":\"report\"");
		assertThat(milestone(pilot, 1)).containsEntry("status", "OPEN");
		assertThat((List<?>) milestone(pilot, 1).get("deliverables")).isEmpty();
		assertThat(submit(ref, 1, "Pilot on 20 patients", "report.pdf", NeedFixtures.pdf(), "six").getBody())
			.as("readings are numbers")
			.contains("\"field\":\"readings.Readmissions avoided\"");
		assertThat(this.api.post("bob", pilot + "/review", Map.of("verdict", "accept")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(submit(ref, 1, "Pilot on 20 patients", "report.pdf", NeedFixtures.pdf(), "6").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(milestone(pilot, 1)).containsEntry("status", "SUBMITTED");
		assertThat(mails("Deliverable of milestone 1 of grant " + ref + " to review", 5)).extracting(Mailbox::recipient)
			.contains("olivia@opencall.example", "oscar@opencall.example", "nora@uhospital.example");

		// the host asks for a revision; the company reads why and resubmits
		assertThat(this.api.post("nora", pilot + "/co-review", Map.of("verdict", "revise")).getBody().toString())
			.contains("comment");
		this.api.post("nora", pilot + "/co-review", Map.of("verdict", "revise", "comment", "Add the ward's figures"));
		this.api.post("oscar", pilot + "/review", Map.of("verdict", "accept"));
		assertThat(milestone(pilot, 1)).containsEntry("status", "REVISION");
		assertThat(mails("Revise the deliverable of milestone 1 of grant " + ref, 1)).singleElement()
			.satisfies((mail) -> assertThat(mail.getContent().toString()).contains("Add the ward's figures"));
		assertThat(
				submit(ref, 1, "Pilot on 20 patients, with the ward's figures", "report-2.pdf", NeedFixtures.pdf(), "7")
					.getStatusCode())
			.isEqualTo(HttpStatus.OK);

		// both accept: the milestone is accepted and its payment due, made due by olivia
		this.api.post("olivia", pilot + "/review", Map.of("verdict", "accept"));
		Map<String, Object> accepted = this.api.post("nora", pilot + "/co-review", Map.of("verdict", "accept"))
			.getBody();
		assertThat(milestone(pilot, 1)).containsEntry("status", "ACCEPTED");
		assertThat(payment(accepted, 2)).containsEntry("status", "DUE").containsEntry("madeDueBy", "olivia");
		assertThat(mails("Payment 2 of grant " + ref + " to release", 3)).extracting(Mailbox::recipient)
			.contains("oscar@opencall.example")
			.doesNotContain("olivia@opencall.example");
		assertThat(this.api.post("olivia", pilot + "/payments/2/release", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("oscar", pilot + "/payments/2/release", Map.of()).getBody()).containsEntry("released",
				true);
		assertThat(this.api.post("oscar", pilot + "/payments/2/release", Map.of()).getBody()).containsEntry("released",
				false);
		assertThat(ledger(pilot)).containsEntry("released", 42500.0).containsEntry("remaining", 7500.0);

		// an accepted milestone takes no deliverable
		ResponseEntity<String> late = submit(ref, 1, "Another version", "report-3.pdf", NeedFixtures.pdf(), "8");
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(late.getBody()).contains("\"field\":\"milestone\"", "accepted already");

		// milestone 2, the final payment released by olivia, as oscar made it due
		submit(ref, 2, "Final pilot report", "final.pdf", NeedFixtures.pdf(), "15");
		this.api.post("oscar", pilot + "/review", Map.of("verdict", "accept"));
		this.api.post("nora", pilot + "/co-review", Map.of("verdict", "accept"));
		assertThat(this.api.post("olivia", pilot + "/payments/3/release", Map.of()).getBody()).containsEntry("released",
				true);
		assertThat(ledger(pilot)).containsEntry("released", 50000.0).containsEntry("remaining", 0.0);

		// the final review: the outcome against the need, on the need's trace
		ResponseEntity<Map<String, Object>> incomplete = this.api.post("olivia", pilot + "/final-review",
				Map.of("outcome", "SOLVED", "finalValues", Map.of(), "summary", "Fewer readmissions"));
		assertThat(fields(incomplete)).containsExactly("finalValues.Readmissions avoided");
		Map<String, Object> closed = this.api
			.post("olivia", pilot + "/final-review", Map.of("outcome", "SOLVED", "finalValues",
					Map.of("Readmissions avoided", 16), "summary", "Sixteen readmissions avoided in twelve months"))
			.getBody();
		assertThat(closed).containsEntry("status", "CLOSED").containsEntry("outcomeLabel", "Need solved");
		assertThat(mails("Grant " + ref + " closed", 4)).isNotEmpty();
		PilotOutcome outcome = this.outcomes.ofNeed(need).get(0);
		assertThat(outcome.outcome()).isEqualTo("SOLVED");
		assertThat(outcome.indicators().get(0).finalValue()).isEqualByComparingTo("16");
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(CoCreationProcess.KEY)
			.processInstanceBusinessKey(ref)
			.finished()
			.count()).isOne();
		assertThat(this.api.get("olivia", "/api/pilots/ledger?call=HC-TEST-CC").getBody().toString()).contains(ref);
		assertThat(this.api.get("otto", "/api/pilots/ledger?call=HC-TEST-CC").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<String> submit(String ref, int milestone, String report, String fileName, byte[] content,
			String reading) {
		String json = "{\"milestone\": " + milestone + ", \"report\": \"" + report
				+ "\", \"readings\": {\"Readmissions avoided\": \"" + reading + "\"}}";
		Multipart upload = Multipart.form()
			.part("deliverable", "application/json", json)
			.file("documents", fileName, "application/pdf", content);
		return new BasicClient(this.port).send("alice", "demo", "POST", "/api/pilots/" + ref + "/deliverables",
				upload.contentType(), upload.bytes(), Map.of());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> milestone(String pilot, int number) {
		List<Map<String, Object>> milestones = (List<Map<String, Object>>) this.api.get("olivia", pilot)
			.getBody()
			.get("milestones");
		return milestones.get(number - 1);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> payment(Map<String, Object> pilot, int number) {
		return ((List<Map<String, Object>>) pilot.get("payments")).get(number - 1);
	}

	private Map<String, Object> ledger(String pilot) {
		Map<String, Object> ledger = this.api.get("aude", pilot + "/ledger").getBody();
		ledger.replaceAll((key, value) -> ((Number) value).doubleValue());
		return ledger;
	}

	private Job timer(String ref, String activity) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(CoCreationProcess.KEY)
			.processInstanceBusinessKey(ref)
			.singleResult()
			.getId();
		return this.managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
	}

	/**
	 * The mails with this subject once at least {@code expected} arrived, or what arrived
	 * in thirty seconds: a step mails several people, one after the other.
	 */
	private static List<MimeMessage> mails(String subject, int expected) {
		long until = System.currentTimeMillis() + 30_000;
		List<MimeMessage> found = Mailbox.await(smtp, (s) -> s.contains(subject), expected);
		while (found.size() < expected && System.currentTimeMillis() < until) {
			found = Mailbox.await(smtp, (s) -> s.contains(subject), expected);
		}
		return found;
	}

	private static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
	}

}
