package org.opencall.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.opencall.Csv;
import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.platform.JsonColumns;
import org.opencall.selection.domain.DecisionList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking report of a call with thousands of decided proposals (3,000 here;
 * {@code -Dopencall.test.ranking-rows=10000} for the benchmark's size), its decision list
 * stored as selection keeps it: the PDF and the CSV stream every row in rank order, the
 * budget line drawn once, the requests added up to the last row.
 */
@OpencallTest
class LargeRankingReportTest {

	private static final int ROWS = Integer.getInteger("opencall.test.ranking-rows", 3_000);

	@Autowired
	CallDrafting drafting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CallReportDownloads downloads;

	@Test
	void thousandsOfRankedProposalsAreStreamedToThePdfAndTheCsv() throws IOException {
		String call = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, call, CallFixtures.remoteMonitoring());
		BigDecimal budget = new BigDecimal("250000");
		List<DecisionList.Listed> listed = new ArrayList<>(ROWS);
		BigDecimal remaining = budget;
		boolean lineDrawn = false;
		for (int i = 1; i <= ROWS; i++) {
			BigDecimal requested = BigDecimal.valueOf(30_000 + (i % 5) * 5_000);
			boolean fits = !lineDrawn && requested.compareTo(remaining) <= 0;
			lineDrawn |= !fits;
			remaining = fits ? remaining.subtract(requested) : remaining;
			Map<String, BigDecimal> scores = new LinkedHashMap<>();
			scores.put("Excellence", new BigDecimal("4.5"));
			scores.put("Impact", new BigDecimal("4"));
			scores.put("Quality and efficiency of the implementation", new BigDecimal("4"));
			listed.add(new DecisionList.Listed(String.format("S-9%05d", i), "Proposal " + i, "Organisation " + i, i,
					fits ? "SELECTED" : "RESERVE", "Ranked " + i, scores, new BigDecimal("12.5"),
					new BigDecimal("12.5"), requested));
		}
		DecisionList list = new DecisionList(listed, budget, budget.subtract(remaining));
		Instant now = Instant.now();
		this.jdbc.sql("""
				insert into selections (id, call_reference, programme_code, status, opened_at, proposed_by,
				proposed_at, proposed_list, reviewed_by, reviewed_at, decided_at)
				values (:id, :call, :programme, 'DECIDED', :at, 'olivia', :at, :list, 'oscar', :at, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("call", call)
			.param("programme", CallFixtures.FOUNDING)
			.param("at", Timestamp.from(now))
			.param("list", JsonColumns.write(list))
			.update();

		CallReportDownloads.Download ranking = this.downloads.find("aude", call, "ranking");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		ranking.csv(csv);
		List<Map<String, String>> rows = Csv.rows(csv.toString(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(ROWS);
		assertThat(rows.get(ROWS - 1).get("Reference")).isEqualTo(String.format("S-9%05d", ROWS));
		assertThat(rows).filteredOn((row) -> row.get("Budget line above").equals("yes")).hasSize(1);
		BigDecimal total = listed.stream().map(DecisionList.Listed::requested).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(new BigDecimal(rows.get(ROWS - 1).get("Cumulative requested"))).isEqualByComparingTo(total);

		long started = System.nanoTime();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ranking.pdf(pdf);
		long millis = (System.nanoTime() - started) / 1_000_000;
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			int pages = document.getNumberOfPages();
			System.out.printf("Ranking report of %,d proposals: %,d pages, %,d KB, %,d ms%n", ROWS, pages,
					pdf.size() / 1024, millis);
			assertThat(pages).isGreaterThan(ROWS / 20);
			PDFTextStripper last = new PDFTextStripper();
			last.setStartPage(pages);
			last.setEndPage(pages);
			assertThat(last.getText(document)).contains(String.format("S-9%05d", ROWS),
					"Page " + pages + " of " + pages);
		}
	}

}
