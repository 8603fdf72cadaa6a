package org.opencall.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member invites a colleague on the organisation page; the colleague opens the mailed
 * link, creates a login in the organisation and sees it. Registering the organisation
 * again is refused with what to do instead.
 */
@OpencallTest
class OrganisationPagesBrowserTest extends BrowserTest {

	private static final Pattern LINK = Pattern.compile("/register\\?invitation=[A-Za-z0-9_-]+");

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberInvitesAColleagueWhoJoinsThroughTheMailedLinkOnce() throws Exception {
		String user = "ida" + System.nanoTime() % 100000;
		browser().logIn("bob").visit("/organisation");
		assertThat(browser().text("h1")).isEqualTo("CareFlow");
		browser().type("#email", user + "@careflow.example").click("#invite");
		assertThat(browser().pageText()).contains("Invitation mailed to " + user + "@careflow.example");
		assertThat(browser().text("#invitations")).contains(user + "@careflow.example");

		String link = linkMailedTo(user + "@careflow.example");
		browser().logOut().visit(link);
		assertThat(browser().text("h1")).isEqualTo("Join CareFlow");
		browser().type("#userId", user)
			.type("#firstName", "Ida")
			.type("#lastName", "Lund")
			.type("#password", "a long enough secret")
			.click("#register");
		assertThat(browser().pageText()).contains("Your login is ready");

		browser().logIn(user, "a long enough secret").visit("/organisation");
		assertThat(browser().text("#members")).contains("Ida Lund").contains("bob");
		browser().logOut().visit(link);
		assertThat(browser().text("#invitation-refused")).contains("This invitation has already been used");
	}

	@Test
	void registeringAnOrganisationThatIsRegisteredAlreadySaysToAskForAnInvitation() throws Exception {
		String user = "jon" + System.nanoTime() % 100000;
		browser().visit("/register")
			.type("#organisationName", "careflow")
			.type("#country", "SE")
			.select("#organisationType", "START_UP")
			.type("#registrationNumber", "SE-" + user)
			.type("#userId", user)
			.type("#firstName", "Jon")
			.type("#lastName", "Berg")
			.type("#email", user + "@example.org")
			.type("#password", "a long enough secret")
			.click("#register");
		assertThat(browser().pageText()).contains("Please correct the marked fields")
			.contains("is already registered in this country: ask one of its members to invite you");
	}

	private String linkMailedTo(String address) {
		String body = this.jdbc.sql("select body from mail_outbox where recipient = :recipient")
			.param("recipient", address)
			.query(String.class)
			.single();
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		return link.group();
	}

}
