package org.opencall.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.cocreation.KickingOff;
import org.opencall.cocreation.ContractedGrants;
import org.opencall.contracting.GrantTerms;
import org.opencall.needs.NeedFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pilot of a grant signed through contracting, on its page as its people use it: the
 * company submits its deliverable with a PDF, a report and an indicator reading; the
 * officer and the host each accept it on the same page, and the milestone shows accepted.
 * Each page passes axe-core, also at a phone's width.
 */
@OpencallTest
class CoCreationBrowserTest extends BrowserTest {

	@Autowired
	ContractedGrants grants;

	@Autowired
	KickingOff kickOff;

	@Test
	void theCompanySubmitsADeliverableAndTheOfficerAndTheHostAcceptIt() throws Exception {
		GrantTerms terms = this.grants.signed();
		String ref = terms.grantReference();
		this.kickOff.hold("olivia", ref, terms.startDate().toString(), "Met at the ward");
		Path pdf = Files.createTempFile("pilot-report", ".pdf");
		Files.write(pdf, NeedFixtures.pdf());

		Browser alice = browser().logIn("alice").visit("/");
		assertThat(alice.pageText()).contains("Our grants in co-creation").contains(ref);
		alice.visit("/pilots/" + ref);
		assertThat(alice.text("#milestone-1 .milestone-status")).isEqualTo("Open");
		alice.atPhoneWidth("pilot-company");
		alice.type("#report", " ").type("#documents", pdf.toString()).type("#reading-0", "six");
		alice.click("#submit-deliverable");
		assertThat(alice.text("#reading-0-error")).contains("must be a number");
		assertThat(alice.text("#milestone-1 .milestone-status")).as("nothing was kept").isEqualTo("Open");
		alice.type("#report", "Twenty patients followed at home for three months")
			.type("#documents", pdf.toString())
			.type("#reading-0", "6")
			.click("#submit-deliverable");
		assertThat(alice.pageText()).contains("The deliverable is submitted");
		assertThat(alice.text("#milestone-1 .milestone-status")).isEqualTo("Submitted, under review");
		assertThat(alice.text("#deliverables-1")).contains("pilot-report").contains("Readmissions avoided 6");
		alice.logOut();

		Browser olivia = browser().logIn("olivia").visit("/pilots/" + ref);
		assertThat(olivia.has("#release-1")).as("peter prepared the agreement: she may release its advance").isTrue();
		olivia.click("#verdict-accept").click("#send-verdict");
		assertThat(olivia.pageText()).contains("Your verdict is recorded");
		assertThat(olivia.text("#deliverables-1 .officer-verdict")).contains("Accepted").contains("olivia");
		olivia.visit("/pilots");
		assertThat(olivia.text("#pilots")).contains(ref);
		olivia.visit("/pilots/ledger?call=" + terms.callReference());
		assertThat(olivia.text("#call-ledger")).contains(ref);
		olivia.logOut();

		Browser nora = browser().logIn("nora").visit("/pilots/" + ref);
		nora.click("#verdict-accept").click("#send-verdict");
		assertThat(nora.text("#milestone-1 .milestone-status")).isEqualTo("Accepted");
		assertThat(nora.text("#deliverables-1 .host-verdict")).contains("Accepted").contains("nora");
		assertThat(nora.text("#payment-2")).contains("Due");
	}

}
