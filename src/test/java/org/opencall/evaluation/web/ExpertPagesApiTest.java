package org.opencall.evaluation.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.PageSession;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert pool's pages through HTTP: registering, the expert's own profile, the
 * officers' pool and a call's experts, with refusals shown beside their fields.
 */
class ExpertPagesApiTest extends ApiTest {

	@Autowired
	CallDrafting drafting;

	@Test
	void anExpertRegistersOnThePageAndRefusedFieldsAreMarkedBesideThemselves() {
		PageSession visitor = PageSession.anonymous(this.port);
		assertThat(visitor.get("/experts/register").getBody()).contains("Register as an expert");
		String user = "page" + System.nanoTime() % 1_000_000_000;
		MultiValueMap<String, String> form = registration(user);
		form.set("country", "Narnia");
		form.set("keywords", "fine, <bad>");
		form.remove("confidentiality");

		ResponseEntity<String> refused = visitor.post("/experts/register", form);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("id=\"country\"")
			.contains("must be an ISO 3166 country code")
			.contains("term 2 must be 2 to 60 letters")
			.contains("must be declared")
			.contains("There are 3 problems");

		ResponseEntity<String> registered = visitor.post("/experts/register", registration(user));
		assertThat(registered.getStatusCode().is3xxRedirection()).isTrue();
		assertThat(String.valueOf(registered.getHeaders().getLocation())).contains("/login?registered");

		PageSession expert = PageSession.of(user, "correct horse battery", this.port);
		assertThat(expert.get("/experts/me").getBody()).contains("Awaiting approval").contains("HL7 FHIR");
		ResponseEntity<String> pool = session("olivia").get("/officer/experts");
		assertThat(pool.getBody()).contains("id=\"approve-" + user + "\"");
	}

	@Test
	void anOfficerApprovesOnThePoolPageAndARejectionWithoutReasonIsMarkedBesideIt() {
		String user = "page" + System.nanoTime() % 1_000_000_000;
		PageSession visitor = PageSession.anonymous(this.port);
		visitor.get("/experts/register");
		assertThat(visitor.post("/experts/register", registration(user)).getStatusCode().is3xxRedirection()).isTrue();
		PageSession olivia = session("olivia");

		ResponseEntity<String> noReason = olivia.post("/officer/experts/" + user + "/rejection", Map.of("reason", ""));
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noReason.getBody()).contains("Reason is required when rejecting an expert");

		assertThat(olivia.post("/officer/experts/" + user + "/approval", Map.of()).getStatusCode().is3xxRedirection())
			.isTrue();
		assertThat(PageSession.of(user, "correct horse battery", this.port).get("/experts/me").getBody())
			.contains("Officers may invite you");
	}

	@Test
	void anOfficerInvitesOnTheCallsExpertsPageAndOfficersOfAnotherProgrammeSeeNothing() {
		String call = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, call, CallFixtures.remoteMonitoring());
		PageSession olivia = session("olivia");
		assertThat(olivia.get("/officer/calls/" + call).getBody()).contains("/officer/calls/" + call + "/experts");
		assertThat(olivia.get("/officer/calls/" + call + "/experts").getBody()).contains("id=\"invite-eva\"");

		ResponseEntity<String> nobody = olivia.post("/officer/calls/" + call + "/experts",
				Map.of("respondWithinDays", "7"));
		assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(nobody.getBody()).contains("Experts: choose at least one approved expert");

		MultiValueMap<String, String> invite = new LinkedMultiValueMap<>();
		invite.add("experts", "eva");
		invite.add("experts", "erik");
		invite.add("respondWithinDays", "5");
		assertThat(olivia.post("/officer/calls/" + call + "/experts", invite).getStatusCode().is3xxRedirection())
			.isTrue();
		String page = olivia.get("/officer/calls/" + call + "/experts").getBody();
		assertThat(page).contains("id=\"invitation-eva\"")
			.contains("id=\"invitation-erik\"")
			.contains("Invited, no answer yet");
		assertThat(session("eva").get("/experts/me").getBody()).contains(call).contains("Answer in Tasklist");

		assertThat(session("otto").get("/officer/calls/" + call + "/experts").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(session("aude").get("/officer/calls/" + call + "/experts").getBody()).contains("Eva Martins")
			.doesNotContain("id=\"invite-experts\"");
	}

	private static MultiValueMap<String, String> registration(String user) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("userId", user);
		form.add("firstName", "Paula");
		form.add("lastName", "Page");
		form.add("email", user + "@experts.example");
		form.add("password", "correct horse battery");
		form.add("organisation", "Fraunhofer Portugal");
		form.add("country", "PT");
		form.add("keywords", "HL7 FHIR\nremote monitoring");
		form.add("topics", "digital health");
		form.add("maxProposalsPerCall", "5");
		form.add("confidentiality", "true");
		return form;
	}

}
