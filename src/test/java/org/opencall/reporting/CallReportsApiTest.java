package org.opencall.reporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.opencall.Csv;
import org.opencall.ApiTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * A call's four reports for a call through selection, contracting and a first payment
 * ({@link ReportedCalls}): each PDF holds the expected figures, and its CSV the same
 * figures, read back and compared as numbers; who reaches them and what bad input gets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallReportsApiTest extends ApiTest {

	private static final Pattern EUROS = Pattern.compile("€([0-9][0-9,]*(?:\\.[0-9]{2})?)");

	@Autowired
	ReportedCalls reported;

	@Autowired
	CallDrafting drafting;

	private ReportedCalls.Finished call;

	@BeforeAll
	void finishedCall() {
		this.call = this.reported.finished();
	}

	@Test
	void theRankingShowsScoresOutcomesAndTheBudgetLineAndItsCsvTheSameFigures() throws IOException {
		String pdf = pdfText("olivia", "ranking");
		assertThat(pdf).contains("Ranking and budget line", "Budget €100,000", "Committed €96,000", "Selected 2",
				"Reserve list 1", "Rejected 1", "Budget line: the budget of €100,000 runs out here");
		assertThat(pdf).contains(this.call.of("alice"), this.call.of("bob"), this.call.of("carla"),
				this.call.of("david"), "Selected for funding", "On the reserve list", "Not selected", "Excellence 4.5");
		// the budget line falls between bob's row and carla's
		assertThat(pdf.indexOf(this.call.of("bob"))).isLessThan(pdf.indexOf("Budget line:"));
		assertThat(pdf.indexOf("Budget line:")).isLessThan(pdf.indexOf(this.call.of("carla")));

		List<Map<String, String>> rows = Csv.rows(csv("olivia", "ranking"));
		assertThat(rows).extracting((row) -> row.get("Reference"))
			.containsExactly(this.call.of("alice"), this.call.of("bob"), this.call.of("carla"), this.call.of("david"));
		assertThat(rows).extracting((row) -> row.get("Rank")).containsExactly("1", "2", "3", "");
		assertThat(rows).extracting((row) -> row.get("Outcome"))
			.containsExactly("Selected for funding", "Selected for funding", "On the reserve list", "Not selected");
		assertThat(rows).extracting((row) -> row.get("Thresholds"))
			.containsExactly("passed", "passed", "passed", "failed");
		assertThat(rows).extracting((row) -> plainAmount(row.get("Cumulative requested")))
			.containsExactly("48000", "96000", "141000", "");
		assertThat(rows).extracting((row) -> row.get("Budget line above")).containsExactly("", "", "yes", "");
		assertThat(rows).extracting((row) -> plainAmount(row.get("Excellence")))
			.containsExactly("4.5", "4", "4", "2.5");
		// every amount of the CSV is one the PDF shows, and every total a score it shows
		Set<BigDecimal> shown = euros(pdf);
		for (Map<String, String> row : rows) {
			assertThat(shown).contains(amount(row.get("Requested")), amount(row.get("Budget")));
			if (!row.get("Cumulative requested").isEmpty()) {
				assertThat(shown).contains(amount(row.get("Cumulative requested")));
			}
			assertThat(pdf).contains(plain(row.get("Total")), plain(row.get("Weighted score")));
		}
	}

	@Test
	void theSubmissionsReportListsEveryProposalWithItsApplicantAndEligibility() throws IOException {
		String pdf = pdfText("aude", "submissions");
		assertThat(pdf).contains("Submissions and eligibility", "Submitted 4 · Eligible 4 · Not eligible 0", "MedSense",
				"CareFlow", "FlowBed Analytics", "LogiMed Systems", "Start-up", "SME");

		List<Map<String, String>> rows = Csv.rows(csv("aude", "submissions"));
		assertThat(rows).extracting((row) -> row.get("Reference"))
			.containsExactly(this.call.of("alice"), this.call.of("bob"), this.call.of("carla"), this.call.of("david"));
		assertThat(rows).extracting((row) -> row.get("Applicant organisation"))
			.containsExactly("MedSense", "CareFlow", "FlowBed Analytics", "LogiMed Systems");
		assertThat(rows).extracting((row) -> row.get("Country")).containsExactly("PT", "SE", "ES", "DE");
		assertThat(rows).extracting((row) -> row.get("Organisation type"))
			.containsExactly("SME", "Start-up", "Start-up", "SME");
		assertThat(rows).extracting((row) -> row.get("Eligibility")).containsOnly("Eligible");
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("Submitted at")).matches("\\d{4}-\\d\\d-\\d\\dT.*"));
		Set<BigDecimal> shown = euros(pdf);
		rows.forEach((row) -> {
			assertThat(pdf).contains(row.get("Reference"));
			assertThat(shown).contains(amount(row.get("Requested")));
		});
	}

	@Test
	void thePaymentsLedgerShowsEachInstalmentAndTheTotalsCommittedAndPaid() throws IOException {
		String pdf = pdfText("olivia", "payments");
		assertThat(pdf).contains("Payments ledger", "Signed grants 1", "Committed €48,000", "Paid €19,200",
				"Total committed", "Total paid", this.call.grant(), "MedSense", "At signature", "After milestone 1",
				"Released", "oscar");

		String text = csv("olivia", "payments");
		List<Map<String, String>> rows = Csv.rows(text);
		List<Map<String, String>> instalments = rows.stream()
			.filter((row) -> row.get("Grant").startsWith("GA-"))
			.toList();
		assertThat(instalments).extracting((row) -> plainAmount(row.get("Amount")))
			.containsExactly("19200", "21600", "7200");
		assertThat(instalments).extracting((row) -> row.get("Released by")).containsExactly("oscar", "", "");
		assertThat(total(rows, "Total committed")).isEqualByComparingTo("48000");
		assertThat(total(rows, "Total paid")).isEqualByComparingTo("19200");
		assertThat(total(rows, "Total planned")).isEqualByComparingTo("28800");
		Set<BigDecimal> shown = euros(pdf);
		rows.forEach((row) -> assertThat(shown).contains(amount(row.get("Amount"))));
	}

	@Test
	void theOverviewGivesTheTimelineBudgetAndProposalsAndItsCsvTheSameFigures() throws IOException {
		String pdf = pdfText("olivia", "call-overview");
		assertThat(pdf).contains("Call overview", "Timeline", "Opening", "Deadline", "Evaluation complete",
				"Funding decided", "Budget", "Heart failure at home");
		List<Map<String, String>> rows = Csv.rows(csv("olivia", "call-overview"));
		Map<String, String> budget = new java.util.HashMap<>();
		rows.stream()
			.filter((row) -> row.get("Section").equals("Budget"))
			.forEach((row) -> budget.put(row.get("Item"), row.get("Value")));
		assertThat(amount(budget.get("Total budget"))).isEqualByComparingTo("100000");
		assertThat(amount(budget.get("Committed by the funding decision"))).isEqualByComparingTo("96000");
		assertThat(amount(budget.get("Held by signed grants"))).isEqualByComparingTo("48000");
		assertThat(amount(budget.get("Paid"))).isEqualByComparingTo("19200");
		Set<BigDecimal> shown = euros(pdf);
		budget.values().forEach((value) -> assertThat(shown).contains(amount(value)));
		assertThat(rows)
			.filteredOn((row) -> row.get("Section").equals("Proposals") && row.get("Item").equals("Selected"))
			.extracting((row) -> row.get("Value"))
			.containsExactly("2");
		assertThat(rows).filteredOn((row) -> row.get("Section").equals("Timeline"))
			.filteredOn((row) -> row.get("Item").equals("Funding decided"))
			.allSatisfy((row) -> assertThat(row.get("Value")).isNotEmpty());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiListsTheReportsOfACallAndItsKeyFigures() {
		ResponseEntity<Map<String, Object>> answer = this.api.get("aude",
				"/api/reports/calls/" + this.call.reference());
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<Map<String, Object>>) answer.getBody().get("reports")).extracting((r) -> r.get("name"))
			.containsExactly("call-overview", "submissions", "ranking", "payments");
		Map<String, Object> figures = (Map<String, Object>) answer.getBody().get("figures");
		assertThat(((Number) figures.get("committed")).doubleValue()).isEqualTo(96000.0);
		assertThat(((Number) figures.get("paid")).doubleValue()).isEqualTo(19200.0);
		assertThat(figures).containsEntry("submitted", 4)
			.containsEntry("selected", 2)
			.containsEntry("reserve", 1)
			.containsEntry("rejected", 1)
			.containsEntry("signedGrants", 1);

		ResponseEntity<byte[]> pdf = this.http.withBasicAuth("aude", "demo")
			.getForEntity("/api/reports/calls/" + this.call.reference() + "/ranking.pdf", byte[].class);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(pdf.getHeaders().getContentDisposition().getFilename())
			.isEqualTo(this.call.reference() + "-ranking.pdf");
	}

	@Test
	void onlyTheCallsProgrammeOfficersAndAuditorsReachItsReports() {
		String page = "/reports/calls/" + this.call.reference();
		ResponseEntity<String> olivias = session("olivia").get(page);
		assertThat(olivias.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(olivias.getBody()).contains("€96,000", "€19,200", "4 submitted, 4 eligible");
		assertThat(session("aude").get(page).getStatusCode()).isEqualTo(HttpStatus.OK);
		for (String outsider : List.of("alice", "eva")) {
			assertThat(session(outsider).get(page).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(session(outsider).get(page + "/ranking.pdf").getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(this.api.get(outsider, "/api" + page).getStatusCode()).as(outsider)
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
		// an officer of another programme does not find the call
		assertThat(session("otto").get(page + "/payments.csv").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("otto", "/api" + page).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		// and auditors change nothing here either
		assertThat(session("aude").post("/reports", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anUnknownCallOrReportIsAnsweredInWords() {
		ResponseEntity<String> call = session("olivia").get("/reports/calls/HC-NOPE-99/ranking.pdf");
		assertThat(call.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(call.getBody()).contains("No call HC-NOPE-99");
		ResponseEntity<String> report = session("olivia")
			.get("/reports/calls/" + this.call.reference() + "/horoscope.pdf");
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(report.getBody()).contains("No report horoscope", "ranking");
		ResponseEntity<Map<String, Object>> api = this.api.get("olivia", "/api/reports/calls/HC-NOPE-99");
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(String.valueOf(api.getBody().get("detail"))).contains("No call HC-NOPE-99");
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedBesideItsFieldAndAnEmptyPeriodIsAnEmptyPage() {
		ResponseEntity<String> inverted = session("olivia").get("/reports?from=2027-06-30&to=2027-01-01");
		assertThat(inverted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(inverted.getBody()).contains("id=\"to-error\"", "must not be before the start of the period",
				"value=\"2027-06-30\"");
		ResponseEntity<Map<String, Object>> api = this.api.get("olivia",
				"/api/reports/calls?from=2027-06-30&to=2027-01-01");
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(api)).containsExactly("to");
		ResponseEntity<Map<String, Object>> unreadable = this.api.get("olivia", "/api/reports/calls?from=soon");
		assertThat(fields(unreadable)).containsExactly("from");

		ResponseEntity<String> empty = session("olivia").get("/reports?from=2090-01-01&to=2090-12-31");
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(empty.getBody()).contains("No call of these programmes was open in this period",
				"id=\"programme-report\"");
		assertThat(this.http.withBasicAuth("olivia", "demo")
			.getForEntity("/api/reports/calls?from=2090-01-01&to=2090-12-31", List.class)
			.getBody()).isEmpty();

		ResponseEntity<String> all = session("olivia").get("/reports?programme=" + CallFixtures.FOUNDING);
		assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(all.getBody()).contains(this.call.reference());
		assertThat(session("otto").get("/reports").getBody()).doesNotContain(this.call.reference());
	}

	@Test
	void aCallWithNothingYetHasEmptyButValidReports() throws IOException {
		String draft = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, draft, CallFixtures.remoteMonitoring());
		assertThat(text(bytes("olivia", "/reports/calls/" + draft + "/ranking.pdf"))).contains("No ranking yet",
				"Selected 0");
		assertThat(text(bytes("olivia", "/reports/calls/" + draft + "/submissions.pdf")))
			.contains("No proposal has been submitted to this call", "Submitted 0");
		assertThat(text(bytes("olivia", "/reports/calls/" + draft + "/payments.pdf")))
			.contains("No grant of this call is signed yet", "Total paid");
		assertThat(text(bytes("olivia", "/reports/calls/" + draft + "/call-overview.pdf"))).contains("not yet");
		assertThat(Csv
			.records(new String(bytes("olivia", "/reports/calls/" + draft + "/ranking.csv"), StandardCharsets.UTF_8)))
			.hasSize(1);
	}

	private String pdfText(String user, String report) throws IOException {
		return text(bytes(user, "/reports/calls/" + this.call.reference() + "/" + report + ".pdf"));
	}

	private String csv(String user, String report) {
		ResponseEntity<byte[]> answer = this.http.withBasicAuth(user, "demo")
			.getForEntity("/api/reports/calls/" + this.call.reference() + "/" + report + ".csv", byte[].class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
		return new String(answer.getBody(), StandardCharsets.UTF_8);
	}

	private byte[] bytes(String user, String path) {
		ResponseEntity<byte[]> answer = this.http.withBasicAuth(user, "demo").getForEntity("/api" + path, byte[].class);
		assertThat(answer.getStatusCode()).as(() -> path + ": " + new String(answer.getBody(), StandardCharsets.UTF_8))
			.isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	private static Set<BigDecimal> euros(String text) {
		Set<BigDecimal> amounts = new HashSet<>();
		Matcher matcher = EUROS.matcher(text);
		while (matcher.find()) {
			amounts.add(new BigDecimal(matcher.group(1).replace(",", "")).stripTrailingZeros());
		}
		return amounts;
	}

	private static BigDecimal amount(String value) {
		return (value == null || value.isEmpty()) ? null : new BigDecimal(value).stripTrailingZeros();
	}

	private static String plainAmount(String value) {
		return (value == null || value.isEmpty()) ? "" : amount(value).toPlainString();
	}

	private static String plain(String value) {
		return new BigDecimal(value).stripTrailingZeros().toPlainString();
	}

	private static BigDecimal total(List<Map<String, String>> rows, String name) {
		return rows.stream()
			.filter((row) -> row.get("Grant").equals(name))
			.map((row) -> new BigDecimal(row.get("Amount")))
			.findFirst()
			.orElseThrow();
	}

}
