package org.opencall.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.evaluation.CallInvitationInput;
import org.opencall.evaluation.CallInvitations;
import org.opencall.evaluation.ExpertPool;
import org.opencall.evaluation.ExpertRegistration;
import org.opencall.evaluation.ExpertRegistrationInput;

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

	@Autowired
	ExpertRegistration registration;

	@Autowired
	ExpertPool pool;

	@Autowired
	CallInvitations invitations;

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

	@Test
	void anInvitedExpertDeclinesOnlyWithAReasonAndAcceptsInTasklist() throws Exception {
		String user = "vera" + System.nanoTime() % 100000;
		this.registration.register(
				new ExpertRegistrationInput(user, "Vera", "Lind", user + "@experts.example", "a long enough secret",
						null, "Lund University", "SE", List.of("telehealth"), List.of("digital health"), 4, true));
		this.pool.approve("olivia", user);
		String call = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, call, CallFixtures.remoteMonitoring());
		this.invitations.invite("olivia", call, new CallInvitationInput(List.of(user), null));

		Browser page = browser().logIn(user, "a long enough secret").visit("/camunda/app/tasklist/");
		page.clickText("Accept invitation — Remote monitoring of chronic patients").waitForText("Your answer");
		assertThat(page.value("input[id*='Field_CallReference']")).isEqualTo(call);
		assertThat(page.has("a[href='/calls/" + call + "']")).as("link to the call").isTrue();
		assertThat(page.pageText()).doesNotContain("Why you decline");

		page.clickText("I decline").waitForText("Why you decline");
		page.clickText("Complete").waitForText("Field is required.");
		assertThat(status(call)).isEqualTo("INVITED");
		page.clickShown(".page-notifications .alert .close");

		page.clickText("I accept to evaluate this call");
		assertThat(page.pageText()).doesNotContain("Why you decline");
		page.clickText("Complete").waitForText("The task is completed.");
		for (int attempt = 0; attempt < 50 && !"ACCEPTED".equals(status(call)); attempt++) {
			Thread.sleep(200);
		}
		assertThat(status(call)).isEqualTo("ACCEPTED");
	}

	private String status(String call) {
		return this.invitations.experts("olivia", call).invitations().get(0).status();
	}

}
