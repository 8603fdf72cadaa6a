package org.opencall.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.Problems;
import org.opencall.calls.CallView;
import org.opencall.platform.Sha256;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody joins an organisation by registering with its public details; a member invites a
 * colleague by e-mail, and the mailed link creates the colleague's login in it, once.
 */
class InvitationApiTest extends ApiTest {

	private static final Pattern LINK = Pattern.compile("/register\\?invitation=([A-Za-z0-9_-]+)");

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionFixtures fixtures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void registeringWithAnExistingOrganisationsNameOrNumberIsRefusedAndShowsNothingOfIt() {
		CallView call = this.fixtures.openCall();
		String draft = (String) this.api
			.post("alice", "/api/submissions", SubmissionFixtures.homeMonitoringJson(call.reference()))
			.getBody()
			.get("reference");
		String mallory = unique("mallory");

		ResponseEntity<Map<String, Object>> sameName = register(company(mallory, "mEDsENSE", "PT", "PT-" + mallory));
		assertThat(sameName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(sameName)).containsExactly("organisationName");
		assertThat(reasons(sameName)).allMatch((reason) -> reason.contains("ask one of its members to invite you"));

		String number = "PT 5" + mallory.hashCode();
		assertThat(register(company(unique("dora"), "Dora Labs " + mallory, "PT", number)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map<String, Object>> sameNumber = register(
				company(mallory, "Another Name " + mallory, "pt", number.replace(" ", "-").toLowerCase()));
		assertThat(Problems.fields(sameNumber)).containsExactly("registrationNumber");

		assertThat(this.directory.organisationOf(mallory)).isEmpty();
		assertThat(register(company(mallory, "MedSense", "ES", "ES-" + mallory)).getStatusCode())
			.as("the same name in another country is another organisation")
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.http.withBasicAuth(mallory, "correct horse battery")
			.getForObject("/api/submissions/mine", List.class))
			.noneMatch((s) -> draft.equals(((Map<?, ?>) s).get("reference")));
		assertThat(this.directory.organisationOf("alice").orElseThrow().country()).isEqualTo("PT");
	}

	@Test
	void aMemberInvitesAColleagueWhoJoinsTheOrganisationOnceWithItsRole() {
		String carla = unique("carla");
		ResponseEntity<Map<String, Object>> invited = this.api.post("alice", "/api/organisations/mine/invitations",
				Map.of("email", carla + "@medsense.example"));
		assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(invited.getBody()).containsEntry("email", carla + "@medsense.example").doesNotContainKey("token");
		String token = tokenMailedTo(carla + "@medsense.example");
		assertThat(this.jdbc.sql("select count(*) from invitations where token_sha256 = :hash")
			.param("hash", Sha256.hex(token))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from invitations where token_sha256 = :token or email = :token")
			.param("token", token)
			.query(Integer.class)
			.single()).isZero();
		assertThat(pendingOf("alice")).contains(carla + "@medsense.example");

		Map<String, Object> joining = invitee(carla, token);
		joining.put("organisationName", "Somewhere Else");
		joining.put("email", "elsewhere@evil.example");
		ResponseEntity<Map<String, Object>> joined = register(joining);
		assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(joined.getBody()).containsEntry("name", "MedSense");
		assertThat(this.directory.organisationOf(carla).orElseThrow().name()).isEqualTo("MedSense");
		assertThat(this.directory.groupsOf(carla)).containsExactly(Roles.APPLICANTS);
		assertThat(this.directory.person(carla).orElseThrow().email()).isEqualTo(carla + "@medsense.example");
		assertThat(pendingOf("alice")).doesNotContain(carla + "@medsense.example");
		assertThat(this.api.get("alice", "/api/organisations/mine").getBody().get("members").toString())
			.contains(carla);

		ResponseEntity<Map<String, Object>> again = register(invitee(unique("carla"), token));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(again)).containsExactly("invitation");
		assertThat(reasons(again)).singleElement().asString().contains("already been used");
	}

	@Test
	void aNeedOwnersColleagueJoinsAsANeedOwner() {
		String hugo = unique("hugo");
		this.api.post("nora", "/api/organisations/mine/invitations", Map.of("email", hugo + "@uhospital.example"));
		assertThat(register(invitee(hugo, tokenMailedTo(hugo + "@uhospital.example"))).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.directory.groupsOf(hugo)).containsExactly(Roles.NEED_OWNERS);
		assertThat(this.directory.organisationOf(hugo).orElseThrow().name()).isEqualTo("Coimbra University Hospital");
	}

	@Test
	void expiredUnknownAndReplacedInvitationsAreRefusedClearly() {
		String ines = unique("ines");
		this.api.post("bob", "/api/organisations/mine/invitations", Map.of("email", ines + "@careflow.example"));
		String first = tokenMailedTo(ines + "@careflow.example");
		this.jdbc.sql("update invitations set expires_at = now() - interval '1 minute' where token_sha256 = :hash")
			.param("hash", Sha256.hex(first))
			.update();
		assertThat(reasons(register(invitee(ines, first)))).singleElement().asString().contains("expired on");
		assertThat(reasons(register(invitee(ines, "x".repeat(43))))).singleElement().asString().contains("not valid");
		assertThat(reasons(register(invitee(ines, "../../etc")))).singleElement().asString().contains("not valid");

		this.api.post("bob", "/api/organisations/mine/invitations", Map.of("email", ines + "@careflow.example"));
		this.api.post("bob", "/api/organisations/mine/invitations", Map.of("email", ines + "@careflow.example"));
		List<String> tokens = tokensMailedTo(ines + "@careflow.example", 3);
		assertThat(reasons(register(invitee(ines, tokens.get(1))))).singleElement().asString().contains("not valid");
		assertThat(register(invitee(ines, tokens.get(2))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.directory.organisationOf(ines)).isPresent();
	}

	@Test
	void onlyMembersOfAnOrganisationInvite() {
		assertThat(this.api.post("eva", "/api/organisations/mine/invitations", Map.of("email", "x@experts.example"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post(null, "/api/organisations/mine/invitations", Map.of("email", "x@experts.example"))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.api.get("aude", "/api/organisations/mine").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void addressesWithLineBreaksOrControlCharactersAreRefused() {
		for (String address : List.of("dan@medsense.example\r\nBcc: all@evil.example", "dan@medsense.example\n",
				"dan@medsense.example\r", "dan\u0000@medsense.example", "dan@medsense.example\u2028",
				"dan\u202e@medsense.example")) {
			ResponseEntity<Map<String, Object>> invitation = this.api.post("alice",
					"/api/organisations/mine/invitations", Map.of("email", address));
			assertThat(invitation.getStatusCode()).as(address).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(Problems.fields(invitation)).containsExactly("email");
			String user = unique("dan");
			Map<String, Object> company = company(user, "Dan Devices " + user, "PT", "PT-" + user);
			company.put("email", address);
			ResponseEntity<Map<String, Object>> registration = register(company);
			assertThat(Problems.fields(registration)).as(address).containsExactly("email");
			assertThat(reasons(registration)).singleElement().asString().contains("control characters");
		}
		assertThat(
				this.jdbc.sql("select count(*) from invitations where email like 'dan%'").query(Integer.class).single())
			.isZero();
	}

	private ResponseEntity<Map<String, Object>> register(Map<String, Object> body) {
		return this.api.post(null, "/api/registrations", body);
	}

	private static Map<String, Object> company(String user, String name, String country, String number) {
		return new HashMap<>(Map.of("organisationName", name, "country", country, "organisationType", "SME",
				"registrationNumber", number, "userId", user, "firstName", "Test", "lastName", "Person", "email",
				user + "@example.org", "password", "correct horse battery"));
	}

	private static Map<String, Object> invitee(String user, String token) {
		return new HashMap<>(Map.of("invitation", token, "userId", user, "firstName", "Invited", "lastName",
				"Colleague", "password", "correct horse battery"));
	}

	private String tokenMailedTo(String address) {
		return tokensMailedTo(address, 1).get(0);
	}

	private List<String> tokensMailedTo(String address, int count) {
		long until = System.currentTimeMillis() + 10_000;
		List<String> tokens;
		do {
			tokens = Arrays.stream(smtp.getReceivedMessages())
				.filter((mail) -> Mailbox.recipient(mail).equals(address))
				.map(InvitationApiTest::token)
				.toList();
			if (tokens.size() >= count) {
				return tokens;
			}
			smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
		}
		while (System.currentTimeMillis() < until);
		assertThat(tokens).as("invitations mailed to " + address).hasSize(count);
		return tokens;
	}

	private static String token(MimeMessage mail) {
		try {
			Matcher link = LINK.matcher(mail.getContent().toString());
			assertThat(link.find()).isTrue();
			return link.group(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String pendingOf(String member) {
		return String.valueOf(this.api.get(member, "/api/organisations/mine").getBody().get("pendingInvitations"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> reasons(ResponseEntity<Map<String, Object>> problem) {
		return ((List<Map<String, String>>) problem.getBody().get("errors")).stream()
			.map((error) -> error.get("reason"))
			.toList();
	}

	private static String unique(String name) {
		return name + System.nanoTime() % 10_000_000;
	}

}
