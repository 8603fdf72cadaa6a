package org.opencall.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company registers, writes a proposal to an open call, uploads its documents, submits
 * and sees its receipt; after the deadline an officer confirms eligibility.
 */
@OpencallTest
class SubmissionPagesBrowserTest extends BrowserTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Test
	void aCompanyRegistersSubmitsAProposalSeesItsReceiptAndAnOfficerConfirmsEligibility() throws Exception {
		CallView call = this.fixtures.openCall();
		Path pdf = Files.createTempFile("proposal", ".pdf");
		Files.write(pdf, NeedFixtures.pdf());
		String user = "carla" + System.nanoTime() % 100000;

		browser().visit("/register")
			.type("#organisationName", "Lisbon Health Robotics " + user)
			.type("#country", "PT")
			.select("#organisationType", "START_UP")
			.type("#registrationNumber", "PT-" + user)
			.type("#userId", user)
			.type("#firstName", "Carla")
			.type("#lastName", "Mendes")
			.type("#email", user + "@lhr.example")
			.type("#password", "a long enough secret")
			.click("#register");
		assertThat(browser().pageText()).contains("Your company is registered");

		browser().logIn(user, "a long enough secret").visit("/calls/" + call.reference()).click("#apply");
		browser().select("#challenge", SubmissionFixtures.CHALLENGE)
			.type("#title", "Robotic home visits")
			.type("#acronym", "ROBOVISIT")
			.type("#summary", "A robot that measures vital signs at home.")
			.type("#requestedAmount", "45000")
			.type("#trl", "6")
			.type("#team", "Four roboticists")
			.click("input[value=ACCURATE_INFORMATION]")
			.click("input[value=NOT_IN_EXCLUSION_SITUATION]")
			.click("input[value=NO_DOUBLE_FUNDING]")
			.click("input[value=ETHICS_AND_DATA_PROTECTION]")
			.click("#save-proposal");
		assertThat(browser().text("#submission-status")).isEqualTo("DRAFT");
		String reference = browser().currentPath().substring("/submissions/".length());

		browser().select("#document-type", "technical-proposal (mandatory)")
			.type("#document-file", pdf.toString())
			.click("#upload");
		browser().select("#document-type", "budget (mandatory)")
			.type("#document-file", pdf.toString())
			.click("#upload");
		assertThat(browser().text("#documents")).contains("technical-proposal").contains("budget");

		browser().click("#submit-proposal");
		assertThat(browser().text("#receipt")).contains("R-" + reference + "-1");
		assertThat(browser().text("#submission-status")).isEqualTo("SUBMITTED");

		this.fixtures.runAsyncJobs(reference);
		this.fixtures.fireNextTimer(reference);
		browser().logOut().logIn("oscar").visit("/officer/submissions?call=" + call.reference());
		browser().clickText(reference + " — Robotic home visits");
		browser().click("#eligible-yes").click("#decide");
		assertThat(browser().text("#submission-status")).isEqualTo("ELIGIBLE");
	}

}
