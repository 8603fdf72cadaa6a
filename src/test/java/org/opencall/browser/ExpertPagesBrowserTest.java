package org.opencall.browser;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expert registers on the page, an officer approves them on the pool page and invites
 * experts on a call's experts page; every page checked with axe-core, and at phone width.
 */
@OpencallTest
class ExpertPagesBrowserTest extends BrowserTest {

	@Autowired
	CallDrafting drafting;

	@Test
	void anExpertRegistersWithTheirExpertiseAndAnOfficerApprovesThemIntoThePool() throws Exception {
		String user = "uma" + System.nanoTime() % 100000;
		browser().visit("/experts/register")
			.type("#userId", user)
			.type("#firstName", "Uma")
			.type("#lastName", "Berg")
			.type("#email", user + "@experts.example")
			.type("#password", "a long enough secret")
			.type("#organisation", "Chalmers")
			.type("#country", "SE")
			.type("#keywords", "hospital logistics\n<b>")
			.type("#topics", "operations research")
			.click("#confidentiality")
			.click("#register")
			.checkPage();
		assertThat(browser().pageText()).contains("Keywords: term 2 must be 2 to 60 letters");
		browser().atPhoneWidth("expert-registration-refused");

		browser().type("#password", "a long enough secret").set("#keywords", "hospital logistics").click("#register");
		assertThat(browser().pageText()).doesNotContain("There is one problem");

		browser().logIn(user, "a long enough secret").visit("/experts/me");
		assertThat(browser().text("#expert-status")).contains("Awaiting approval");
		browser().atPhoneWidth("expert-profile");

		browser().logOut().logIn("oscar").visit("/officer/experts");
		browser().atPhoneWidth("expert-pool");
		browser().click("#approve-" + user).checkPage();
		assertThat(browser().pageText()).contains("Uma Berg is approved into the pool.");

		browser().logOut().logIn(user, "a long enough secret").visit("/experts/me");
		assertThat(browser().text("#expert-status")).contains("Approved");
	}

	@Test
	void anOfficerInvitesApprovedExpertsToTheirCallAndSeesTheirAnswers() throws Exception {
		String call = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, call, CallFixtures.remoteMonitoring());

		browser().logIn("olivia").visit("/officer/calls/" + call).click("#call-experts");
		assertThat(browser().text("h1")).isEqualTo("Experts for Remote monitoring of chronic patients");
		browser().atPhoneWidth("call-experts");
		browser().click("#invite-elena").click("#invite-experts").checkPage();

		assertThat(browser().pageText()).contains("1 expert invited; each answers in Tasklist.");
		assertThat(browser().text("#invitation-elena")).contains("Elena Rossi").contains("Invited, no answer yet");
	}

}
