package org.opencall.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.Problems;
import org.opencall.cocreation.ContractedGrants;
import org.opencall.cocreation.ContractedGrants.Opened;
import org.opencall.cocreation.PilotJourney;
import org.opencall.contracting.GrantTerms;
import org.opencall.reporting.process.ReportingProcess;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The programme report through the product: a call of the founding programme runs from a
 * need of nora's hospital to its last payment and its closed pilot (alice's proposal
 * selected, its grant signed for 48,000 and paid in full, the need solved, "Readmissions
 * avoided" 0 → 16 against a target of 20). The programme report's JSON, CSV and PDF agree
 * on its figures; the call's reporting, started at its publication, prepares the final
 * report when the last grant closes; olivia sends it back (refused without a reason),
 * corrects it and approves it through Opencall; the funder gets it by mail with its PDF.
 * Other tests add calls to the same programme: figures of the whole programme are
 * compared before and after, the call's own rows exactly.
 */
class ProgrammeReportApiTest extends ApiTest {

	private static final String FOUNDING = "healthchain-founding";

	private static final String ALL_TIME = "&from=2000-01-01&to=2099-12-31";

	private static final String FUNDER = "reports@founding-funder.example";

	@Autowired
	ContractedGrants grants;

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	SubmissionFixtures submissions;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aFinishedCallsFiguresAgreeInJsonCsvAndPdfAndItsFinalReportReachesTheFunder() throws Exception {
		Map<String, Object> before = json("olivia", FOUNDING);
		Opened opened = this.grants.openedForANeed();
		String call = opened.call();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(ReportingProcess.KEY)
				.processInstanceBusinessKey(call)
				.count() == 1);
		GrantTerms terms = this.grants.sign(opened);
		String grant = terms.grantReference();
		PilotJourney journey = new PilotJourney(this.api, this.port, smtp);
		journey.kickOff(grant);
		journey.release("oscar", grant, 1);
		journey.deliver(grant, 1, "7");
		journey.accept("olivia", grant);
		journey.release("oscar", grant, 2);
		journey.deliver(grant, 2, "15");
		journey.accept("oscar", grant);
		journey.release("olivia", grant, 3);
		assertThat(journey.close(grant, "SOLVED", 16).getStatusCode()).isEqualTo(HttpStatus.OK);

		// the figures as JSON: the call's own row and pilot exactly, the programme's by
		// difference
		Map<String, Object> after = json("olivia", FOUNDING);
		assertThat(map(after.get("needs")).get("received")).as("needs received")
			.isEqualTo(count(before, "needs", "received") + 1);
		assertThat(map(after.get("needs")).get("turnedIntoChallenges"))
			.isEqualTo(count(before, "needs", "turnedIntoChallenges") + 1);
		Map<String, Object> callRow = list(after.get("calls")).stream()
			.filter((c) -> call.equals(c.get("reference")))
			.findFirst()
			.orElseThrow();
		assertThat(callRow).containsEntry("submitted", 1)
			.containsEntry("eligible", 1)
			.containsEntry("selected", 1)
			.containsEntry("successRate", 100.0);
		Map<String, Object> pilot = list(after.get("pilots")).stream()
			.filter((p) -> grant.equals(p.get("grantReference")))
			.findFirst()
			.orElseThrow();
		assertThat(pilot).containsEntry("outcome", "Need solved")
			.containsEntry("hostOrganisation", "Coimbra University Hospital")
			.containsEntry("needs", List.of(opened.need()));
		assertThat(list(pilot.get("indicators"))).singleElement().satisfies((i) -> {
			assertThat(i).containsEntry("name", "Readmissions avoided");
			assertThat(((Number) i.get("baseline")).intValue()).isZero();
			assertThat(((Number) i.get("target")).intValue()).isEqualTo(20);
			assertThat(((Number) i.get("finalValue")).intValue()).isEqualTo(16);
		});
		assertThat(money(after, "committed") - money(before, "committed")).isEqualTo(48000.0);
		assertThat(money(after, "paid") - money(before, "paid")).isEqualTo(48000.0);
		assertThat(timingCount(after, "deadlineToDecision")).isEqualTo(timingCount(before, "deadlineToDecision") + 1);
		assertThat(timingCount(after, "deadlineToSignature")).isEqualTo(timingCount(before, "deadlineToSignature") + 1);

		// the PDF and the CSV say the same
		String pdf = text(bytes("aude", "/api/reports/programme.pdf?programme=" + FOUNDING + ALL_TIME));
		String csv = session("olivia").get("/reports/programme.csv?programme=" + FOUNDING + ALL_TIME).getBody();
		assertThat(csv).isEqualTo(new String(
				bytes("aude", "/api/reports/programme.csv?programme=" + FOUNDING + ALL_TIME), StandardCharsets.UTF_8));
		String rowText = call + " Remote monitoring";
		assertThat(pdf).contains("HealthChain founding regions", "Programme report",
				"1 January 2000 to 31 December 2099", "Needs received " + map(after.get("needs")).get("received"),
				"Needs turned into challenges " + map(after.get("needs")).get("turnedIntoChallenges"), call, grant,
				"Need solved", "Readmissions avoided patients 0 20 16",
				"Success rate (selected / eligible submitted) " + percent(after),
				"Days from deadline to decision, median " + median(after, "deadlineToDecision"),
				"EUR " + euros(money(after, "committed")) + " " + euros(money(after, "paid")));
		assertThat(pdf).containsPattern(java.util.regex.Pattern.quote(call) + " .*? 1 1 1 100 %");
		assertThat(csv).contains("Needs,Needs received," + map(after.get("needs")).get("received"))
			.contains("Submissions per call," + call + ",")
			.contains(",1,1,1,100 %")
			.contains("Pilot indicators against the needs," + grant + ",Readmissions avoided,patients,0,20,16")
			.contains("Pilots and their outcomes," + grant + ",")
			.contains("Success rate (selected / eligible submitted)," + percent(after))
			.contains("Money committed and paid,EUR,\"" + euros(money(after, "committed")) + "\",\""
					+ euros(money(after, "paid")) + "\"");
		assertThat(rowText).isNotBlank();

		// the last grant closed: the call's final report is prepared for its officers'
		// review
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.runtimeService.createExecutionQuery()
				.processInstanceBusinessKey(call)
				.activityId(ReportingProcess.TASK_PREPARE_FINAL)
				.count() == 1);
		this.calls.runJobs(call);
		Task review = this.taskService.createTaskQuery()
			.processDefinitionKey(ReportingProcess.KEY)
			.processInstanceBusinessKey(call)
			.taskCandidateUser("olivia")
			.singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo(ReportingProcess.TASK_REVIEW_FINAL);
		assertThat(review.getName()).isEqualTo("Review the final report — " + call);
		assertThat(String.valueOf(this.taskService.getVariable(review.getId(), "reportFigures")))
			.contains("Readmissions avoided", "Need solved");
		int number = (Integer) this.taskService.getVariable(review.getId(), "reportNumber");
		String stored = "/api/reports/programme/" + call + "/" + number;
		assertThat(this.api.get("aude", stored).getBody()).containsEntry("status", "IN_REVIEW")
			.containsEntry("kind", "FINAL");

		// on its page: olivia, a programme officer, reviews; aude reads it without the
		// form;
		// a send-back without a reason is refused beside the comment, nothing changed
		String page = "/reports/programme/" + call + "/" + number;
		assertThat(session("olivia").get(page).getBody()).contains("Final report of call " + call, "In review",
				"Record the review", "Readmissions avoided");
		assertThat(session("aude").get(page).getBody()).contains("In review").doesNotContain("Record the review");
		ResponseEntity<String> refused = session("olivia").post(page + "/review", Map.of("decision", "sendBack"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("id=\"comment-error\"", "is required: say what is to be corrected");
		assertThat(this.api.get("aude", stored).getBody()).containsEntry("status", "IN_REVIEW");

		// sent back without a reason: refused, naming the field, nothing changed
		ResponseEntity<Map<String, Object>> bare = this.api.post("olivia", stored + "/review",
				Map.of("decision", "sendBack"));
		assertThat(bare.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(bare)).contains("comment");
		assertThat(this.api.post("aude", stored + "/review", Map.of("decision", "approve")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api
			.post("olivia", stored + "/review",
					Map.of("decision", "sendBack", "comment", "Name the host hospital in the summary"))
			.getBody()).containsEntry("status", "SENT_BACK");
		assertThat(this.api.post("oscar", stored + "/correction", Map.of("correction", "Checked the host's name"))
			.getBody()).containsEntry("status", "IN_REVIEW").containsEntry("round", 2);
		assertThat(this.api.post("olivia", stored + "/review", Map.of("decision", "approve", "comment", "Complete"))
			.getBody()).containsEntry("status", "APPROVED").containsEntry("reviewedBy", "olivia");
		this.calls.runJobs(call);

		// the funder gets it, with its PDF
		List<MimeMessage> mails = Mailbox.await(smtp, (s) -> s.contains("Final report of call " + call), 1);
		assertThat(mails).hasSize(1);
		assertThat(Mailbox.recipient(mails.get(0))).isEqualTo(FUNDER);
		byte[] attached = attachments(mails.get(0)).get("programme-report-" + call + "-" + number + ".pdf");
		assertThat(attached).isNotNull();
		assertThat(text(attached)).contains("Final report of call " + call, grant, "Need solved",
				"Readmissions avoided patients 0 20 16", "reviewed and approved by");
		assertThat(this.api.get("olivia", stored).getBody()).containsEntry("status", "MAILED")
			.containsEntry("mailedTo", FUNDER);
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(call)
			.processDefinitionKey(ReportingProcess.KEY)
			.count()).isZero();

		// on the pages: the report with its status, the programme report with its
		// downloads
		assertThat(session("oscar").get("/reports/programme/" + call + "/" + number).getBody())
			.contains("Final report of call " + call, "Mailed to the funder", FUNDER, "Readmissions avoided");
		assertThat(session("aude").get("/reports/programme?programme=" + FOUNDING + ALL_TIME).getBody())
			.contains("Download the PDF", "Download the CSV", call, grant, "Final report of call " + call);
	}

	@Test
	void aCallThatReportsEveryThreeMonthsGetsItsFirstPeriodicReportThreeMonthsAfterItsPublication() {
		String call = QuarterlyReportingCall.published(this.api, this.submissions);
		Instant published = Instant
			.parse((String) this.api.get(null, "/api/calls/" + call).getBody().get("publishedAt"));
		await().atMost(Duration.ofSeconds(30)).until(() -> periodicTimer(call) != null);

		// the engine's calendar adds the months, in the JVM's zone
		Job due = periodicTimer(call);
		assertThat(due.getDuedate().toInstant())
			.isEqualTo(published.atZone(ZoneId.systemDefault()).plusMonths(3).toInstant());
		ClockUtil.setCurrentTime(due.getDuedate());
		this.managementService.executeJob(due.getId());
		this.calls.runJobs(call);

		assertThat(this.api.get("olivia", "/api/reports/programme/" + call + "/1").getBody())
			.containsEntry("kind", "PERIODIC")
			.containsEntry("status", "IN_REVIEW")
			.containsEntry("title", "Periodic report 1 of call " + call);
		assertThat(periodicTimer(call).getDuedate().toInstant()).as("the next report, three months later")
			.isEqualTo(published.atZone(ZoneId.systemDefault()).plusMonths(6).toInstant());
	}

	private Job periodicTimer(String call) {
		ProcessInstance reporting = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ReportingProcess.KEY)
			.processInstanceBusinessKey(call)
			.singleResult();
		return (reporting != null) ? this.managementService.createJobQuery()
			.processInstanceId(reporting.getId())
			.activityId(ReportingProcess.EVENT_PERIODIC_DUE)
			.timers()
			.singleResult() : null;
	}

	@Test
	void aPeriodWithoutDataIsAValidEmptyReport() throws IOException {
		Map<String, Object> empty = json("aude", FOUNDING, "&from=1999-01-01&to=1999-12-31");
		assertThat(map(empty.get("needs"))).containsEntry("received", 0).containsEntry("validated", 0);
		assertThat(list(empty.get("calls"))).isEmpty();
		assertThat(list(empty.get("pilots"))).isEmpty();
		assertThat(map(empty.get("success")).get("rate")).isNull();
		String pdf = text(
				bytes("olivia", "/api/reports/programme.pdf?programme=" + FOUNDING + "&from=1999-01-01&to=1999-12-31"));
		assertThat(pdf).contains("Nothing to report in this period", "None in this period", "Needs received 0");
	}

	@Test
	void badInputIsAnsweredInWordsNamingTheField() {
		ResponseEntity<Map<String, Object>> unknown = this.api.get("olivia",
				"/api/reports/programme?programme=no-such-programme");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(String.valueOf(unknown.getBody().get("detail"))).contains("no programme \"no-such-programme\"");

		ResponseEntity<Map<String, Object>> inverted = this.api.get("olivia",
				"/api/reports/programme?programme=" + FOUNDING + "&from=2027-06-30&to=2027-01-01");
		assertThat(inverted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(inverted)).containsExactly("to");

		ResponseEntity<Map<String, Object>> unnamed = this.api.get("olivia", "/api/reports/programme");
		assertThat(unnamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(unnamed)).containsExactly("programme");

		ResponseEntity<String> page = session("olivia")
			.get("/reports/programme?programme=" + FOUNDING + "&from=2027-06-30&to=2027-01-01");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getBody()).contains("id=\"to-error\"", "must not be before the start of the period");
	}

	@Test
	void onlyTheProgrammesOfficersAndAuditorsReadItsReport() {
		String path = "/api/reports/programme?programme=" + FOUNDING + ALL_TIME;
		assertThat(this.api.get("otto", path).getStatusCode()).as("an officer of another programme")
			.isEqualTo(HttpStatus.FORBIDDEN);
		for (String user : List.of("alice", "nora", "eva")) {
			assertThat(this.api.get(user, path).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(this.api.get("aude", path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("oscar", path).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private Map<String, Object> json(String user, String programme) {
		return json(user, programme, ALL_TIME);
	}

	private Map<String, Object> json(String user, String programme, String period) {
		ResponseEntity<Map<String, Object>> answer = this.api.get(user,
				"/api/reports/programme?programme=" + programme + period);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private byte[] bytes(String user, String path) {
		ResponseEntity<byte[]> answer = this.http.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
		assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private static int count(Map<String, Object> report, String part, String figure) {
		return ((Number) map(report.get(part)).get(figure)).intValue();
	}

	private static int timingCount(Map<String, Object> report, String timing) {
		return ((Number) map(report.get(timing)).get("count")).intValue();
	}

	private static double money(Map<String, Object> report, String what) {
		return list(report.get("money")).stream()
			.filter((m) -> "EUR".equals(m.get("currency")))
			.mapToDouble((m) -> ((Number) m.get(what)).doubleValue())
			.sum();
	}

	private static String euros(double amount) {
		return "€"
				+ new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK))
					.format(amount);
	}

	private static String percent(Map<String, Object> report) {
		Object rate = map(report.get("success")).get("rate");
		return (rate != null) ? ReportTable.percent(new java.math.BigDecimal(rate.toString())) : "none";
	}

	private static String median(Map<String, Object> report, String timing) {
		Object median = map(report.get(timing)).get("medianDays");
		return (median != null) ? ReportTable.number(new java.math.BigDecimal(median.toString())) : "none";
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
		Map<String, byte[]> attachments = new LinkedHashMap<>();
		if (message.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				Part part = parts.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
					attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
				}
			}
		}
		return attachments;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
