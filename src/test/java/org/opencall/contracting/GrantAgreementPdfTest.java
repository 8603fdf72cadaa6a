package org.opencall.contracting;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.opencall.contracting.GrantTerms.Indicator;
import org.opencall.contracting.GrantTerms.Instalment;
import org.opencall.contracting.GrantTerms.Milestone;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grant agreement read back as the company's PDF reader shows it, without the
 * application: the template is compiled once for the whole class.
 */
class GrantAgreementPdfTest {

	private static final GrantAgreementPdf PDF = new GrantAgreementPdf(
			new PdfReports(new ReportTemplates()), (code) -> "healthchain-founding".equals(code)
					? Optional.of("HealthChain founding regions") : Optional.empty(),
			(user) -> "peter".equals(user) ? Optional.of("Peter Novak") : Optional.empty());

	private static final LocalDate DEADLINE = LocalDate.of(2027, 1, 18);

	@Test
	void namesTheGrantItsPartiesTheProposalAndTheAmount() throws IOException {
		String text = text(PDF.render(medSense(), "Remote monitoring at home", DEADLINE));

		assertThat(text).contains("Grant agreement", "Grant reference HC-2027-01-G01", "Agreement version Version 2",
				"Call Remote monitoring at home (HC-2027-01)", "Programme HealthChain founding regions",
				"Beneficiary MedSense, Lda", "Host organisation Coimbra University Hospital",
				"Proposal MedSense: continuous vital-sign monitoring at home", "Submission HC-2027-01-0042",
				"Grant amount €48,000", "Project period 1 February 2027 to 31 January 2028",
				"Answers the needs N-2026-0007, N-2026-0011");
	}

	@Test
	void listsTheMilestonesThePaymentPlanAndThePilotIndicators() throws IOException {
		String text = text(PDF.render(medSense(), "Remote monitoring at home", DEADLINE));

		assertThat(text).contains("Milestones", "1 Pilot set-up Monitoring kit installed on ward 3 30 April 2027",
				"2 Mid-term pilot report Report on the first 100 patients 31 July 2027",
				"3 Final report Final pilot report and outcome 31 January 2028");
		assertThat(text).contains("Payment plan", "1 At signature 40% €19,200",
				"2 After milestone 2: Mid-term pilot report 45% €21,600",
				"3 After milestone 3: Final report 15% €7,200");
		assertThat(text).contains("Pilot indicators", "Readmissions within 30 days % of discharged patients 18 12",
				"Nurse time per patient per day minutes 42.5 30");
	}

	@Test
	void saysUntilWhenToAcceptWhoPreparedAndApprovedItAndWhatTheCompanyDeclares() throws IOException {
		String text = text(PDF.render(medSense(), "Remote monitoring at home", DEADLINE));

		assertThat(text).contains("no later than 18 January 2027", "Prepared by Peter Novak (peter)", "Approved by pia",
				"By accepting this agreement in Opencall, the beneficiary MedSense, Lda declares:");
		for (int i = 0; i < GrantAgreementPdf.DECLARATIONS.size(); i++) {
			assertThat(text).contains((i + 1) + ". " + GrantAgreementPdf.DECLARATIONS.get(i));
		}
	}

	@Test
	void aGrantWithoutIndicatorsOrNeedsLeavesTheirPlacesOut() throws IOException {
		GrantTerms s = medSense();
		GrantTerms bare = new GrantTerms(s.grantReference(), s.callReference(), "unknown-programme",
				s.submissionReference(), s.title(), s.companyId(), s.company(), s.amount(), s.currency(), s.startDate(),
				s.endDate(), s.hostOrganisationId(), s.hostOrganisation(), List.of(), s.milestones(), s.instalments(),
				List.of(), s.preparedBy(), null, 1);

		String text = text(PDF.render(bare, "Remote monitoring at home", DEADLINE));

		assertThat(text).contains("Milestones", "Payment plan", "Programme unknown-programme", "Version 1")
			.doesNotContain("Pilot indicators", "Answers the needs", "Approved by pia");
	}

	@Test
	void embedsEveryFontItUses() throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(PDF.render(medSense(), "Remote monitoring at home", DEADLINE))) {
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
	void saysWhenEachInstalmentFallsDueInWords() {
		GrantTerms terms = medSense();

		assertThat(terms.instalments()).extracting((i) -> GrantAgreementPdf.whenDue(terms, i))
			.containsExactly("At signature", "After milestone 2: Mid-term pilot report",
					"After milestone 3: Final report");
		assertThat(GrantAgreementPdf.number(new BigDecimal("42.50"))).isEqualTo("42.5");
		assertThat(GrantAgreementPdf.number(new BigDecimal("1250.000"))).isEqualTo("1,250");
	}

	static GrantTerms medSense() {
		return new GrantTerms("HC-2027-01-G01", "HC-2027-01", "healthchain-founding", "HC-2027-01-0042",
				"MedSense: continuous vital-sign monitoring at home", UUID.randomUUID(), "MedSense, Lda",
				new BigDecimal("48000.00"), "EUR", LocalDate.of(2027, 2, 1), LocalDate.of(2028, 1, 31),
				UUID.randomUUID(), "Coimbra University Hospital", List.of("N-2026-0007", "N-2026-0011"),
				List.of(new Milestone(1, "Pilot set-up", "Monitoring kit installed on ward 3",
						LocalDate.of(2027, 4, 30)),
						new Milestone(2, "Mid-term pilot report", "Report on the first 100 patients",
								LocalDate.of(2027, 7, 31)),
						new Milestone(3, "Final report", "Final pilot report and outcome", LocalDate.of(2028, 1, 31))),
				List.of(new Instalment(1, GrantTerms.AT_SIGNATURE, null, new BigDecimal("40"),
						new BigDecimal("19200.00")),
						new Instalment(2, GrantTerms.AFTER_MILESTONE, 2, new BigDecimal("45"),
								new BigDecimal("21600.00")),
						new Instalment(3, GrantTerms.AFTER_MILESTONE, 3, new BigDecimal("15"),
								new BigDecimal("7200.00"))),
				List.of(new Indicator("Readmissions within 30 days", "% of discharged patients", new BigDecimal("18"),
						new BigDecimal("12")),
						new Indicator("Nurse time per patient per day", "minutes", new BigDecimal("42.5"),
								new BigDecimal("30"))),
				"peter", "pia", 2);
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
