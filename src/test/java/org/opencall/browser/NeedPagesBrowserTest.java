package org.opencall.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallDraft;
import org.opencall.needs.NeedFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs pages in headless Chromium: a need owner states a need with a PDF, an officer
 * validates it, groups it into a challenge and attaches that to a call draft.
 */
@OpencallTest
class NeedPagesBrowserTest extends BrowserTest {

	@Autowired
	CallDrafting drafting;

	@Test
	void aNeedOwnerStatesANeedAndAnOfficerValidatesItAndBuildsAChallengeOnACallDraft() throws Exception {
		Path pdf = Files.createTempFile("evidence", ".pdf");
		Files.write(pdf, NeedFixtures.pdf());
		String title = "Falls at night in care homes " + System.nanoTime();

		browser().logIn("nora").visit("/needs").click("#new-need");
		browser().type("#title", title)
			.type("#description", "Residents fall when they get up at night.")
			.select("#careSetting", "Long-term care")
			.select("#urgency", "High")
			.type("#affectedCount", "300")
			.type("#affectedPopulation", "Residents of our four care homes")
			.type("#currentPractice", "Night rounds every two hours")
			.type("#currentBurden", "Hip fractures, about 40 a year")
			.type("#expectedBenefit", "Half as many falls")
			.type("#attachments", pdf.toString())
			.click("#save-need");
		assertThat(browser().text("#need-status")).isEqualTo("Waiting for triage");
		assertThat(browser().pageText()).contains(pdf.getFileName().toString());
		String reference = browser().currentPath().substring("/needs/".length());

		browser().logOut().logIn("olivia").visit("/officer/needs?status=SUBMITTED");
		browser().clickText(reference + " — " + title);
		browser().click("#decision-validate").click("#record-triage");
		assertThat(browser().text("#need-status")).isEqualTo("Validated");

		String call = CallFixtures.newReference();
		CallDraft draft = CallFixtures.remoteMonitoring();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, call,
				new CallDraft(draft.title(), draft.description(), java.util.List.of(), draft.totalBudget(),
						draft.maxGrant(), draft.currency(), draft.opening(), draft.deadline(), draft.timeZone(), null,
						null, null));

		browser().visit("/officer/challenges")
			.type("#challenge-title", "Preventing falls at night")
			.type("#challenge-description", "Detect residents getting up and alert the staff.")
			.click("#need-" + reference)
			.click("#create-challenge");
		assertThat(browser().text("h1")).isEqualTo("Preventing falls at night");
		browser().select("#call", call + " — " + draft.title()).click("#attach");
		assertThat(browser().text("#attached")).contains(call);

		browser().visit("/officer/calls/" + call);
		assertThat(browser().pageText()).contains("Preventing falls at night").contains("from needs " + reference);
		browser().logOut().logIn("nora").visit("/needs/" + reference);
		assertThat(browser().text("#trace")).contains("Preventing falls at night").contains(call);
	}

}
