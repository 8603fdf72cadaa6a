package org.opencall.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.opencall.Csv;
import org.opencall.ApiTest;
import org.opencall.JsonApi;
import org.opencall.Problems;
import org.opencall.cocreation.PilotJourney;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's timeline of a proposal followed through every phase (see
 * {@link PaidGrants}): its entries from receipt to the last payment in order with their
 * actors, the engine's entries and the domain's records of the same action linked; the
 * grant's timeline; filters, refused ranges; the CSV and the PDF of the same timeline
 * agreeing; who may read it and the diagram of each process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineApiTest extends ApiTest {

	@Autowired
	PaidGrants paid;

	PaidGrants.Followed followed;

	@BeforeAll
	void followAProposalToItsLastPayment() throws Exception {
		this.followed = this.paid.paidInFull(new PilotJourney(new JsonApi(this.http), this.port, smtp));
		ObjectMapper json = new ObjectMapper();
		Files.writeString(Path.of("target/timeline-submission.json"), json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(new JsonApi(this.http).get("aude", submission()).getBody()));
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aProposalsTimelineFollowsItFromReceiptToItsLastPaymentInOrderWithWhoActed() {
		Map<String, Object> timeline = this.api.get("aude", submission()).getBody();
		String proposal = this.followed.proposal();
		String grant = this.followed.grant();

		assertThat(timeline).containsEntry("subject", "submissions")
			.containsEntry("reference", proposal)
			.containsEntry("title", "CardioWatch home monitoring");
		assertThat(list(timeline.get("processes"))).extracting((p) -> p.get("key"))
			.containsExactly("submission", "evaluation", "contracting", "co-creation");
		assertThat(list(timeline.get("related"))).extracting((r) -> r.get("subject") + " " + r.get("reference"))
			.containsExactly("calls " + this.followed.call(), "grants " + grant);

		List<Map<String, Object>> entries = list(timeline.get("entries"));
		assertThat(entries).extracting((e) -> Instant.parse((String) e.get("at"))).isSorted();
		// each step after the one before, with who took it
		int at = 0;
		at = step(entries, at, "engine", "Started: Submission", null);
		at = step(entries, at, "record", "Submission received", "alice");
		at = step(entries, at, "engine", "Check admissibility — " + proposal + ": completed", "oscar");
		at = step(entries, at, "record", "Eligibility decision taken", "oscar");
		at = step(entries, at, "engine", "Started: Evaluation", null);
		at = step(entries, at, "engine", "Score submission — " + proposal + ": completed", null);
		at = step(entries, at, "record", "Score submitted", null);
		at = step(entries, at, "engine", "Approve consensus report — " + proposal + ": completed", "oscar");
		at = step(entries, at, "record", "Consensus approved", "oscar");
		at = step(entries, at, "record", "Funding decision approved", "oscar");
		at = step(entries, at, "engine", "Started: Contracting", null);
		at = step(entries, at - 1, "record", "Agreement prepared", "peter");
		at = step(entries, at - 1, "engine", "Prepare the grant agreement — " + grant + ": completed", "peter");
		at = step(entries, at, "engine", "Approve the grant agreement — " + grant + ": completed", "pia");
		at = step(entries, at, "record", "Agreement accepted", "alice");
		at = step(entries, at, "engine", "Started: Co-creation", null);
		at = step(entries, at, "engine", "Hold the kick-off — " + grant + ": completed", "olivia");
		at = step(entries, at, "engine", "Release the payment — " + grant + ": completed", "oscar");
		at = step(entries, at, "record", "Deliverable submitted", "alice");
		at = step(entries, at, "engine", "Review the deliverable — " + grant + ": completed", "olivia");
		at = step(entries, at, "engine", "Co-review the deliverable — " + grant + ": completed", "nora");
		at = step(entries, at, "engine", "Release the payment — " + grant + ": completed", "oscar");
		at = step(entries, at, "record", "Deliverable submitted", "alice");
		at = step(entries, at, "engine", "Review the deliverable — " + grant + ": completed", "oscar");
		at = step(entries, at, "engine", "Release the payment — " + grant + ": completed", "olivia");
		// the receipt is issued by the acknowledgement, acting for alice, in one
		// transaction
		assertThat(strings(byEvent(entries, "Submission received").get("links"))).singleElement()
			.satisfies((id) -> assertThat(byId(entries, id)).containsEntry("event", "Acknowledge submission"));
		assertThat(strings(byEvent(entries, "Agreement accepted").get("links"))).singleElement()
			.satisfies((id) -> assertThat(byId(entries, id)).containsEntry("event", "Await the company's answer"));

		// the three payments, the last one olivia's, and nothing of the pilot after it
		List<Map<String, Object>> payments = entries.stream()
			.filter((e) -> "record".equals(e.get("source")) && "Payment released".equals(e.get("kind")))
			.toList();
		assertThat(payments).extracting((e) -> e.get("actorId")).containsExactly("oscar", "oscar", "olivia");
		Map<String, Object> last = payments.get(2);
		assertThat(entries.indexOf(last)).isGreaterThan(
				index(entries, (e) -> ("Co-review the deliverable — " + grant + ": completed").equals(e.get("event"))));

		// each payment's record and the task its officer completed name each other
		for (Map<String, Object> payment : payments) {
			List<String> links = strings(payment.get("links"));
			assertThat(links).as("the links of " + payment.get("id")).hasSize(1);
			Map<String, Object> task = byId(entries, links.get(0));
			assertThat(task).containsEntry("source", "engine")
				.containsEntry("event", "Release the payment — " + grant + ": completed")
				.containsEntry("actorId", payment.get("actorId"));
			assertThat(strings(task.get("links"))).contains((String) payment.get("id"));
			assertThat(map(payment.get("process"))).containsEntry("key", "co-creation");
		}
		// and so do an expert's scores and the completion of her task
		Map<String, Object> score = entries.stream()
			.filter((e) -> "Score submitted".equals(e.get("kind")) && "eva".equals(e.get("actorId")))
			.findFirst()
			.orElseThrow();
		assertThat(byId(entries, strings(score.get("links")).get(0)))
			.containsEntry("event", "Score submission — " + proposal + ": completed")
			.containsEntry("actorId", "eva");
	}

	@Test
	void aGrantsTimelineJoinsItsContractingAndItsPilotAndLeadsBackToItsProposal() {
		Map<String, Object> timeline = this.api.get("aude", "/api/audit/grants/" + this.followed.grant()).getBody();

		assertThat(list(timeline.get("processes"))).extracting((p) -> p.get("key"))
			.containsExactly("contracting", "co-creation");
		assertThat(list(timeline.get("related"))).extracting((r) -> r.get("subject") + " " + r.get("reference"))
			.contains("submissions " + this.followed.proposal());
		List<Map<String, Object>> entries = list(timeline.get("entries"));
		assertThat(entries).extracting((e) -> e.get("event"))
			.doesNotContain("Started: Submission", "Started: Evaluation")
			.contains("Started: Contracting", "Started: Co-creation");
		assertThat(entries).filteredOn((e) -> "Payment released".equals(e.get("kind")))
			.extracting((e) -> e.get("actorId"))
			.containsExactly("oscar", "oscar", "olivia");
	}

	@Test
	void theTimelineIsFilteredByPersonKindAndDays() {
		List<Map<String, Object>> oscars = list(
				this.api.get("aude", submission() + "?actor=oscar").getBody().get("entries"));
		assertThat(oscars).isNotEmpty().allSatisfy((e) -> assertThat(e).containsEntry("actorId", "oscar"));
		assertThat(oscars).extracting((e) -> e.get("event")).contains("Payment released", "Eligibility decision taken");

		List<Map<String, Object>> tasks = list(
				this.api.get("aude", submission() + "?kind=task").getBody().get("entries"));
		assertThat(tasks).isNotEmpty().allSatisfy((e) -> assertThat(e).containsEntry("kind", "task"));
		List<Map<String, Object>> records = list(
				this.api.get("aude", submission() + "?kind=record").getBody().get("entries"));
		assertThat(records).isNotEmpty().allSatisfy((e) -> assertThat(e).containsEntry("source", "record"));

		Map<String, Object> all = this.api.get("aude", submission()).getBody();
		List<Map<String, Object>> entries = list(all.get("entries"));
		LocalDate received = day(entries.get(0));
		LocalDate paid = day(entries.get(entries.size() - 1));
		assertThat(paid).as("the journey spans days").isAfter(received);
		Map<String, Object> lastDay = this.api.get("aude", submission() + "?from=" + paid + "&to=" + paid).getBody();
		List<Map<String, Object>> onLastDay = list(lastDay.get("entries"));
		assertThat(onLastDay).isNotEmpty().allSatisfy((e) -> assertThat(day(e)).isEqualTo(paid));
		assertThat(onLastDay).extracting((e) -> e.get("event")).doesNotContain("Started: Submission");
		assertThat(lastDay).containsEntry("total", all.get("total"))
			.containsEntry("count", onLastDay.size())
			.extractingByKey("filter")
			.satisfies((filter) -> assertThat(map(filter)).containsEntry("from", paid.toString())
				.containsEntry("to", paid.toString()));
		Map<String, Object> oscarsPayments = this.api
			.get("aude", submission() + "?actor=oscar&kind=Payment released&from=" + received + "&to=" + paid)
			.getBody();
		assertThat(list(oscarsPayments.get("entries"))).hasSize(2);
	}

	@Test
	void aRangeThatEndsBeforeItStartsIsRefusedNamingTheFieldAndChangesNothing() {
		ResponseEntity<Map<String, Object>> refused = this.api.get("aude",
				submission() + "?from=2027-03-01&to=2027-02-01");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(refused)).containsExactly("to");
		assertThat(refused.getBody().toString()).contains("ends before the range starts");
		assertThat(Problems.fields(this.api.get("aude", submission() + "?from=yesterday"))).containsExactly("from");
		assertThat(this.http.withBasicAuth("aude", "demo")
			.getForEntity(submission() + "/timeline.csv?from=2027-03-01&to=2027-02-01", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		String page = session("aude")
			.get("/audit/submissions/" + this.followed.proposal() + "?from=2027-03-01&to=2027-02-01")
			.getBody();
		assertThat(page).contains("There is one problem with the filter")
			.containsPattern("id=\"filter-to-error\"[^>]*>ends before the range starts")
			.contains("Started: Submission");
	}

	@Test
	void theCsvAndThePdfOfATimelineHoldTheSameEntriesInTheSameOrder() throws Exception {
		String query = "?actor=oscar";
		byte[] csv = this.http.withBasicAuth("aude", "demo")
			.getForObject(submission() + "/timeline.csv" + query, byte[].class);
		ResponseEntity<byte[]> pdf = this.http.withBasicAuth("aude", "demo")
			.getForEntity(submission() + "/timeline.pdf" + query, byte[].class);
		List<Map<String, Object>> entries = list(this.api.get("aude", submission() + query).getBody().get("entries"));

		List<List<String>> rows = Csv.records(new String(csv, StandardCharsets.UTF_8));
		assertThat(rows.get(0)).containsExactlyElementsOf(TimelineCsv.HEADER);
		List<List<String>> data = rows.subList(1, rows.size());
		assertThat(data).extracting((row) -> row.get(0))
			.containsExactlyElementsOf(entries.stream().map((e) -> (String) e.get("id")).toList());
		assertThat(data).allSatisfy((row) -> assertThat(row.get(3)).isEqualTo("oscar"));

		assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
		String text = text(pdf.getBody()).replaceAll("\\s+", " ");
		assertThat(text).contains("History of proposal " + this.followed.proposal(), "Only by oscar",
				data.size() + " of ");
		int from = 0;
		for (List<String> row : data) {
			String when = TimelinePdf.WHEN.format(Instant.parse(row.get(1)));
			int found = text.indexOf(row.get(7).replaceAll("\\s+", " "), from);
			assertThat(found).as(row.get(7) + " after position " + from).isGreaterThanOrEqualTo(0);
			assertThat(text.substring(Math.max(0, found - 400), found)).as("the time of " + row.get(0)).contains(when);
			from = found + 1;
		}
	}

	@Test
	void auditorsAndTheProgrammesOfficersReadTheTimelineOthersAreRefused() {
		assertThat(this.api.get("oscar", submission()).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("otto", submission()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("otto", "/api/audit/grants/" + this.followed.grant()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		for (String outsider : List.of("alice", "eva", "nora", "peter")) {
			assertThat(this.api.get(outsider, submission()).getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(this.api.get(outsider, submission() + "/timeline.csv").getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		ResponseEntity<Map<String, Object>> unknown = this.api.get("aude", "/api/audit/submissions/S-999999");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody().get("detail").toString()).contains("S-999999");
		assertThat(this.api.get("aude", "/api/audit/pilots/" + this.followed.grant()).getBody().get("detail"))
			.isEqualTo("No history of pilots is kept");
	}

	@Test
	void eachProcessesDiagramComesWithThePathItTookForThoseWhoReadItsSubject() throws Exception {
		Map<String, Object> timeline = this.api.get("aude", submission()).getBody();
		Map<String, Object> submissionProcess = list(timeline.get("processes")).get(0);
		String diagram = (String) submissionProcess.get("diagram");

		Map<String, Object> read = diagram("aude", diagram);
		assertThat((String) read.get("xml")).contains("<bpmn:definitions", "Task_CheckAdmissibility",
				"bpmndi:BPMNDiagram");
		assertThat(strings(read.get("taken"))).contains("Task_AcknowledgeSubmission", "Task_CheckAdmissibility")
			.doesNotContain("Task_ConfirmWithdrawal");
		assertThat(strings(read.get("current"))).isEmpty();
		Map<String, Object> pilot = list(timeline.get("processes")).get(3);
		Map<String, Object> running = diagram("aude", (String) pilot.get("diagram"));
		assertThat(strings(running.get("current"))).containsExactly("Task_FinalReview");

		assertThat(this.http.withBasicAuth("oscar", "demo").getForEntity(diagram, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("otto", diagram).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("alice", diagram).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("aude", "/api/audit/processes/no-such-instance/diagram").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	/**
	 * The diagram as JSON: its XML is longer than the test client's JSON reads in one
	 * text.
	 */
	private Map<String, Object> diagram(String user, String path) throws Exception {
		String body = this.http.withBasicAuth(user, "demo").getForObject(path, String.class);
		return map(new ObjectMapper().readValue(body, Map.class));
	}

	private String submission() {
		return "/api/audit/submissions/" + this.followed.proposal();
	}

	/**
	 * The first entry after {@code after} from this source with this event (engine) or
	 * kind (record), by this person if named; its event, or null when there is none.
	 */
	private static int step(List<Map<String, Object>> entries, int after, String source, String what, String actor) {
		for (int i = Math.max(0, after); i < entries.size(); i++) {
			Map<String, Object> e = entries.get(i);
			String named = "record".equals(source) ? (String) e.get("kind") : (String) e.get("event");
			if (source.equals(e.get("source")) && what.equals(named)
					&& (actor == null || actor.equals(e.get("actorId")))) {
				return i + 1;
			}
		}
		throw new AssertionError("No " + source + " entry " + what + ((actor != null) ? " by " + actor : "")
				+ " after entry " + after + " of "
				+ entries.stream()
					.map((e) -> e.get("source") + ": " + e.get("event") + " (" + e.get("actorId") + ")")
					.toList());
	}

	private static Map<String, Object> byEvent(List<Map<String, Object>> entries, String event) {
		return entries.stream().filter((e) -> event.equals(e.get("event"))).findFirst().orElseThrow();
	}

	private static int index(List<Map<String, Object>> entries, Predicate<Map<String, Object>> which) {
		for (int i = 0; i < entries.size(); i++) {
			if (which.test(entries.get(i))) {
				return i;
			}
		}
		throw new AssertionError("No such entry");
	}

	private static Map<String, Object> byId(List<Map<String, Object>> entries, String id) {
		return entries.stream().filter((e) -> Objects.equals(id, e.get("id"))).findFirst().orElseThrow();
	}

	private static LocalDate day(Map<String, Object> entry) {
		return LocalDate.ofInstant(Instant.parse((String) entry.get("at")), ZoneOffset.UTC);
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return (List<String>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
