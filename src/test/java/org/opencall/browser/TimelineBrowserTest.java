package org.opencall.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.JsonApi;
import org.opencall.OpencallTest;
import org.opencall.audit.PaidGrants;
import org.opencall.cocreation.PilotJourney;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aude, auditor, follows alice's proposal from its receipt to its grant's last payment in
 * headless Chromium: from the call's submissions to the proposal's history, its entries
 * in order with who acted, a payment's record and the task its officer completed leading
 * to each other, each process's diagram drawn with the path it took, the filters (a
 * person and a kind; a range ending before it starts refused beside its field), the
 * grant's own history and the verification of the audit records' chain. Every page passes
 * axe-core, the timeline also at a phone's width.
 */
@OpencallTest
class TimelineBrowserTest extends BrowserTest {

	@Autowired
	PaidGrants paid;

	@Autowired
	TestRestTemplate http;

	@Test
	void anAuditorFollowsAProposalFromItsReceiptToItsLastPayment() throws Exception {
		PaidGrants.Followed followed = this.paid.paidInFull(new PilotJourney(new JsonApi(this.http), this.port, null));
		String proposal = followed.proposal();
		String grant = followed.grant();

		Browser page = browser().logIn("aude").visit("/officer/submissions?call=" + followed.call());
		page.clickText(proposal + " — CardioWatch home monitoring");
		page.click("#submission-history");
		assertThat(page.text("h1")).isEqualTo("History of proposal " + proposal);

		// from its receipt, by alice, to its last payment, by olivia
		List<String> rows = page.attributes("#timeline tbody tr", "id");
		assertThat(page.text("#timeline tbody tr:first-child")).contains("Started: Submission");
		String text = page.text("#timeline");
		assertThat(text).contains("Submission received", "Alice");
		assertThat(text.indexOf("Submission received")).isLessThan(text.indexOf("Eligibility decision taken"));
		assertThat(text.indexOf("Eligibility decision taken")).isLessThan(text.indexOf("Consensus approved"));
		assertThat(text.indexOf("Consensus approved")).isLessThan(text.indexOf("Agreement accepted"));
		assertThat(text.indexOf("Agreement accepted")).isLessThan(text.lastIndexOf("Payment released"));
		String lastPayment = page.attributes("#timeline tbody tr.record", "id")
			.stream()
			.filter((id) -> page.text("#" + id).contains("Payment released"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(page.text("#" + lastPayment)).contains("Olivia Okafor (olivia)");
		assertThat(rows.indexOf(lastPayment)).isGreaterThan(rows.size() / 2);

		// the record of the payment and the task olivia completed lead to each other
		page.click("#" + lastPayment + " .entry-links a");
		String task = page.currentPath().substring(page.currentPath().indexOf('#') + 1);
		assertThat(page.text("#" + task)).contains("Release the payment — " + grant + ": completed",
				"Olivia Okafor (olivia)");
		assertThat(page.attributes("#" + task + " .entry-links a", "href")).contains("#" + lastPayment);

		// each process's diagram, the path it took marked and written out
		page.waitForText("Path taken: ");
		assertThat(page.attributes("#processes .diagram", "id")).hasSize(4);
		for (String marked : page.attributes("#processes .diagram", "data-marked")) {
			assertThat(marked).isNotNull();
			assertThat(Integer.parseInt(marked)).isPositive();
		}
		assertThat(page.has(".djs-shape.path-taken")).isTrue();
		assertThat(page.has(".djs-connection.path-taken")).isTrue();
		assertThat(page.has(".djs-shape.path-current")).as("the pilot waits for its final review").isTrue();
		assertThat(page.pageText()).contains("Review the pilot's outcome");
		page.checkPage().atPhoneWidth("audit-timeline");

		// oscar's payments only
		page.select("#filter-actor", "Oscar Lindqvist (oscar)").select("#filter-kind", "Payment released");
		page.click("#filter");
		assertThat(page.attributes("#timeline tbody tr", "id")).hasSize(2);
		assertThat(page.text("#entry-count")).startsWith("2 of ");
		assertThat(page.text("#timeline")).doesNotContain("olivia");

		// a range that ends before it starts is refused beside its field
		page.set("#filter-from", "2027-03-01").set("#filter-to", "2027-02-01");
		page.click("#filter");
		assertThat(page.text("#filter-to-error")).startsWith("ends before the range starts");
		assertThat(page.text("#error-summary")).contains("To: ends before the range starts");
		assertThat(page.attributes("#filter-to", "aria-invalid")).containsExactly("true");
		assertThat(page.attributes("#timeline tbody tr", "id")).hasSize(2);
		page.click("#clear-filter");
		assertThat(page.attributes("#timeline tbody tr", "id")).hasSize(rows.size());

		// the grant's own history, and back to the proposal's
		page.click("#related-grants");
		assertThat(page.text("h1")).isEqualTo("History of grant " + grant);
		assertThat(page.text("#timeline")).contains("Agreement accepted", "Payment released")
			.doesNotContain("Submission received");
		page.waitForText("Path taken: ");

		// and the chain of records holds
		page.click("#verify-chain");
		assertThat(page.text("h1")).isEqualTo("Verification of the audit trail");
		assertThat(page.has("#broken")).isFalse();
	}

}
