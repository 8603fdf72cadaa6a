package org.opencall.selection;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportTemplates;
import org.opencall.selection.EvaluationSummary.CriterionSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ESR read back as an applicant's PDF reader shows it, without the application: the
 * template is compiled once for the whole class.
 */
class EvaluationSummaryPdfTest {

	/** The experts who evaluated MedSense's proposal: the report must not name them. */
	private static final List<String> EXPERTS = List.of("eva", "Eva Expert", "emil", "Emil Evaluator", "elena");

	private static final EvaluationSummaryPdf PDF = new EvaluationSummaryPdf(new PdfReports(new ReportTemplates()));

	@Test
	void showsTheConsensusScoresCommentsAndThresholdsOfEveryCriterion() throws IOException {
		String text = text(PDF.render(medSense()));

		assertThat(text).contains("Excellence 4 3 1 Yes", "Impact 4.5 3 1.5 Yes",
				"Quality and efficiency of the implementation 3.5 3 1 Yes",
				"A mature sensor platform with published clinical validation.",
				"Impact on nurses' workload is argued with data from two wards.",
				"The work plan is realistic; the budget for the pilot is tight.");
		assertThat(text).contains("Total score 12 overall threshold 10: met", "Weighted score 14.25", "Rank 3");
	}

	@Test
	void showsTheResultItsReasonAndUntilWhenARedressCanBeRequested() throws IOException {
		String text = text(PDF.render(medSense()));

		assertThat(text).contains("Selected for funding",
				"The proposal passed every threshold and ranks within the call's budget.",
				"Request it no later than 4 January 2027, 17:00 CET (Europe/Brussels)",
				"quoting the reference HC-2027-01-0042", "Issued 4 December 2026",
				"MedSense: continuous vital-sign monitoring at home", "MedSense, Lda");
	}

	@Test
	void showsWhichThresholdARejectedProposalMissed() throws IOException {
		EvaluationSummary rejected = rejected(medSense());

		String text = text(PDF.render(rejected));

		assertThat(text)
			.contains("Not selected", "Impact 2.5 3 1.5 No", "Total score 9.5 overall threshold 10: not met")
			.doesNotContain("Rank", "among the proposals that passed all thresholds");
	}

	@Test
	void aLongCommentWrapsOntoFurtherLinesAndPagesWithoutLosingText() throws IOException {
		StringBuilder comment = new StringBuilder();
		for (int sentence = 1; sentence <= 60; sentence++) {
			comment.append("Sentence ").append(sentence).append(" of the consensus on excellence explains a point. ");
		}
		EvaluationSummary summary = withExcellenceComment(medSense(), comment.toString().trim());

		byte[] pdf = PDF.render(summary);

		assertThat(text(pdf)).contains(comment.toString().trim());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(text(pdf)).contains("Page 1 of " + document.getNumberOfPages());
		}
	}

	@Test
	void namesNoExpert() throws IOException {
		byte[] pdf = PDF.render(medSense());

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String everything = new PDFTextStripper().getText(document) + " "
					+ document.getDocumentInformation()
						.getMetadataKeys()
						.stream()
						.map(document.getDocumentInformation()::getCustomMetadataValue)
						.toList();
			for (String expert : EXPERTS) {
				assertThat(Pattern.compile("\\b" + Pattern.quote(expert) + "\\b", Pattern.CASE_INSENSITIVE)
					.matcher(everything)
					.find()).as(expert).isFalse();
			}
		}
	}

	@Test
	void embedsEveryFontItUses() throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(PDF.render(medSense()))) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
		}
		assertThat(fonts).isNotEmpty().allMatch((font) -> font.contains("DejaVuSans"));
	}

	@Test
	void writesThePdfToAStreamAndLeavesItOpen() throws IOException {
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		List<String> closed = new ArrayList<>();
		OutputStream stream = new FilterOutputStream(written) {
			@Override
			public void close() {
				closed.add("closed");
			}
		};

		PDF.render(medSense(), stream);

		assertThat(closed).isEmpty();
		assertThat(text(written.toByteArray())).contains("Selected for funding", "Impact 4.5 3 1.5 Yes");
	}

	@Test
	void showsScoresAndMomentsAsPeopleWriteThem() {
		assertThat(EvaluationSummaryPdf.number(new BigDecimal("3.50"))).isEqualTo("3.5");
		assertThat(EvaluationSummaryPdf.number(new BigDecimal("10.00"))).isEqualTo("10");
		assertThat(EvaluationSummaryPdf.number(new BigDecimal("13.333"))).isEqualTo("13.33");
		assertThat(EvaluationSummaryPdf.moment(Instant.parse("2027-07-04T15:00:00Z"), ZoneId.of("Europe/Lisbon")))
			.isEqualTo("4 July 2027, 16:00 WEST (Europe/Lisbon)");
		assertThat(EvaluationSummaryPdf.moment(Instant.parse("2027-01-04T16:00:00Z"), ZoneId.of("UTC")))
			.isEqualTo("4 January 2027, 16:00 UTC");
	}

	private static EvaluationSummary medSense() {
		return new EvaluationSummary("HC-2027-01", "Digital solutions for hospital logistics", "HealthChain",
				"HC-2027-01-0042", "MedSense: continuous vital-sign monitoring at home", "MedSense, Lda", "SELECTED",
				"Selected for funding", "The proposal passed every threshold and ranks within the call's budget.",
				List.of(criterion("Excellence", "4", "1",
						"A mature sensor platform with published clinical validation."),
						criterion("Impact", "4.5", "1.5",
								"Impact on nurses' workload is argued with data from two wards."),
						criterion("Quality and efficiency of the implementation", "3.5", "1",
								"The work plan is realistic; the budget for the pilot is tight.")),
				new BigDecimal("12.0"), new BigDecimal("10"), new BigDecimal("14.25"), 3,
				"A convincing proposal with a clear pilot plan.", Instant.parse("2027-01-04T16:00:00Z"),
				ZoneId.of("Europe/Brussels"), Instant.parse("2026-12-04T09:30:00Z"));
	}

	private static CriterionSummary criterion(String name, String score, String weight, String comment) {
		return new CriterionSummary(name, new BigDecimal(score), new BigDecimal("3"), new BigDecimal(weight), comment);
	}

	private static EvaluationSummary rejected(EvaluationSummary s) {
		List<CriterionSummary> criteria = List.of(s.criteria().get(0),
				criterion("Impact", "2.5", "1.5", "The impact on patients is asserted, not shown."),
				criterion("Quality and efficiency of the implementation", "3", "1", "The work plan lacks milestones."));
		return new EvaluationSummary(s.callReference(), s.callTitle(), s.programmeName(), s.submissionReference(),
				s.proposalTitle(), s.organisation(), "REJECTED", "Not selected",
				"The proposal scored below the threshold for Impact.", criteria, new BigDecimal("9.5"),
				s.overallThreshold(), new BigDecimal("10.75"), null, s.overallComment(), s.redressDeadline(),
				s.timeZone(), s.issuedAt());
	}

	private static EvaluationSummary withExcellenceComment(EvaluationSummary s, String comment) {
		List<CriterionSummary> criteria = new ArrayList<>(s.criteria());
		criteria.set(0, criterion("Excellence", "4", "1", comment));
		return new EvaluationSummary(s.callReference(), s.callTitle(), s.programmeName(), s.submissionReference(),
				s.proposalTitle(), s.organisation(), s.result(), s.resultText(), s.reason(), criteria, s.totalScore(),
				s.overallThreshold(), s.weightedScore(), s.rank(), s.overallComment(), s.redressDeadline(),
				s.timeZone(), s.issuedAt());
	}

	/**
	 * The PDF's text with every run of white space, line breaks among them, as one space.
	 */
	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
