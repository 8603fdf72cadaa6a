package org.opencall.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.ProposalDrafting;
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

	@Autowired
	ProposalDrafting drafting;

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
		assertThat(browser().text("#submission-status")).isEqualTo("Draft, not submitted");
		String reference = browser().currentPath().substring("/submissions/".length());

		browser().select("#documentType", "Technical proposal (mandatory)")
			.type("#documentFile", pdf.toString())
			.click("#upload");
		browser().select("#documentType", "Budget (mandatory)").type("#documentFile", pdf.toString()).click("#upload");
		assertThat(browser().text("#documents")).contains("Technical proposal").contains("Budget");
		assertThat(browser().text("#readiness")).contains("Ready to submit");

		browser().click("#submit-proposal");
		assertThat(browser().text("#receipt")).contains("R-" + reference + "-1");
		assertThat(browser().text("#submission-status")).isEqualTo("Submitted");
		assertThat(browser().text("#submitted-version")).contains("Version 1 as submitted")
			.contains("Robotic home visits");

		this.fixtures.runAsyncJobs(reference);
		this.fixtures.fireNextTimer(reference);
		browser().logOut().logIn("oscar").visit("/officer/submissions?call=" + call.reference());
		browser().clickText(reference + " — Robotic home visits");
		browser().click("#eligible-yes").click("#decide");
		assertThat(browser().text("#submission-status")).isEqualTo("Eligible");
	}

	@Test
	void anEditFollowedByUploadIsKeptAndTheDraftAutosaves() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = this.drafting.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());
		Path pdf = Files.createTempFile("budget", ".pdf");
		Files.write(pdf, NeedFixtures.pdf());

		browser().logIn("alice").visit("/submissions/" + reference);
		browser().type("#partners", "Coimbra and Porto hospitals")
			.select("#documentType", "Budget (mandatory)")
			.type("#documentFile", pdf.toString())
			.click("#upload");
		assertThat(browser().text(".flash.ok")).contains("Your changes were saved");
		assertThat(browser().text("#partners")).isEqualTo("Coimbra and Porto hospitals");
		assertThat(browser().text("#documents")).contains("budget");

		browser().type("#title", "Autosaved while typing");
		browser().waitForText("Draft saved at");
		assertThat(browser().text(".saved-at")).contains("still to do before submitting");
		browser().visit("/submissions/" + reference);
		assertThat(browser().find("#title").getAttribute("value")).isEqualTo("Autosaved while typing");
	}

	@Test
	void refusedFieldsAreMarkedBesideThemselvesAllAtOnceInTheirLabelsWords() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = this.drafting.draft("alice", call.reference(), SubmissionFixtures.homeMonitoring());

		browser().logIn("alice").visit("/submissions/" + reference);
		browser().type("#trl", "12").type("#requestedAmount", "a lot").type("#acronym", "A".repeat(31));
		browser().click("#save-proposal");

		assertThat(browser().text("#error-summary")).contains("There are 3 problems; nothing was saved")
			.contains("Acronym: ")
			.contains("Requested amount: must be an amount")
			.contains("Technology readiness level: must be between 1 and 9");
		assertThat(browser().text("#trl-error")).isEqualTo("must be between 1 and 9");
		assertThat(browser().find("#trl").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser().find("#trl").getAttribute("aria-describedby")).contains("trl-error");
		assertThat(browser().find("#requestedAmount").getAttribute("value")).isEqualTo("a lot");
		browser().atPhoneWidth("proposal-with-errors");

		browser().type("#trl", "3")
			.type("#requestedAmount", "45,000")
			.type("#acronym", "CARDIO")
			.click("#save-proposal");
		assertThat(browser().text("#trl-warning")).contains("must be between 5 and 8 for this call");
		assertThat(browser().text("#missing")).contains("Technology readiness level: must be between 5 and 8");
		browser().atPhoneWidth("proposal-against-the-calls-rules");
	}

}
