package org.opencall.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.reporting.ReportedCalls;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer finds a finished call on the reports page in headless Chromium — after a
 * period that ends before it starts is refused beside its field — opens its reports and
 * downloads each, PDF and CSV, with her session; every page passes axe-core, and the
 * call's reports page also at a phone's width.
 */
@OpencallTest
class ReportPagesBrowserTest extends BrowserTest {

	@Autowired
	ReportedCalls reported;

	@Test
	void anOfficerFindsAFinishedCallAndDownloadsEachOfItsReports() throws Exception {
		ReportedCalls.Finished call = this.reported.finished();
		String reference = call.reference();

		Browser page = browser().logIn("olivia").visit("/reports");
		assertThat(page.text("h1")).isEqualTo("Reports");
		assertThat(page.has("#programme-report-link")).isTrue();

		page.set("#from", "2027-06-30").set("#to", "2027-01-01").click("#show-calls");
		assertThat(page.text("#to-error")).contains("must not be before the start of the period");
		assertThat(page.text("#error-summary")).contains("To: must not be before");
		assertThat(page.value("#from")).isEqualTo("2027-06-30");

		page.set("#from", "").set("#to", "").select("#programme", "HealthChain founding regions").click("#show-calls");
		assertThat(page.has("#to-error")).isFalse();
		assertThat(page.text("#report-calls")).contains(reference);

		page.click("a[href='/reports/calls/" + reference + "']");
		assertThat(page.text("h1")).isEqualTo("Reports of call " + reference);
		page.atPhoneWidth("call-reports");

		List<String> links = page.attributes("#call-reports a", "href");
		assertThat(links).hasSize(8);
		for (String link : links) {
			Browser.Download download = page.download(link);
			assertThat(download.status()).as(link).isEqualTo(200);
			assertThat(download.disposition()).as(link).startsWith("attachment");
			if (link.endsWith(".pdf")) {
				assertThat(download.contentType()).isEqualTo("application/pdf");
				assertThat(text(download.content())).as(link).contains(reference);
			}
			else {
				assertThat(download.contentType()).startsWith("text/csv");
				assertThat(new String(download.content(), StandardCharsets.UTF_8)).as(link).contains("\r\n");
			}
		}
		assertThat(text(page.download("/reports/calls/" + reference + "/ranking.pdf").content()))
			.contains("Budget line", "Selected for funding", call.of("alice"));
		assertThat(new String(page.download("/reports/calls/" + reference + "/payments.csv").content(),
				StandardCharsets.UTF_8))
			.contains(call.grant(), "19200.00", "oscar");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
