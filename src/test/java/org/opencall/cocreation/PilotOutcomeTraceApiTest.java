package org.opencall.cocreation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.cocreation.ContractedGrants.Opened;
import org.opencall.contracting.GrantTerms;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed pilot's outcome reaches the need it answers: nora's hospital states a need,
 * olivia builds a challenge from it for a call, alice's proposal to it is selected and
 * its grant really signed through contracting (its default draft already hosted by the
 * need's hospital and naming the need), piloted through the HTTP API to its final review;
 * the need's trace then goes need → challenge → call → proposal → grant → outcome, in the
 * API and on the need's pages, for its owner and for officers.
 */
class PilotOutcomeTraceApiTest extends ApiTest {

	@Autowired
	ContractedGrants grants;

	PilotJourney journey;

	@BeforeEach
	void startJourney() {
		this.journey = new PilotJourney(this.api, this.port, smtp);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aClosedPilotsOutcomeShowsOnTheTraceOfTheNeedItAnswers() {
		Opened opened = this.grants.openedForANeed();
		String need = opened.need();

		// the default draft is hosted by the hospital that stated the need, and names it
		Map<String, Object> draft = map(
				this.api.get("peter", "/api/grants/" + opened.grant()).getBody().get("agreement"));
		assertThat(draft).containsEntry("hostOrganisation", "Coimbra University Hospital")
			.containsEntry("needReferences", List.of(need));

		GrantTerms terms = this.grants.sign(opened);
		String ref = terms.grantReference();
		assertThat(terms.needReferences()).containsExactly(need);
		Map<String, Object> signed = pilotOf("nora", need);
		assertThat(signed).containsEntry("grantReference", ref)
			.containsEntry("statusLabel", "Waiting for its kick-off");
		assertThat(signed.get("outcome")).as("not closed yet").isNull();

		// piloted to its close: the advance, two milestones accepted and paid
		assertThat(this.journey.kickOff(ref).get("statusLabel")).isEqualTo("Piloting");
		assertThat(this.journey.release("oscar", ref, 1)).containsEntry("released", true);
		assertThat(this.journey.deliver(ref, 1, "7").getStatusCode()).isEqualTo(HttpStatus.OK);
		this.journey.accept("olivia", ref);
		assertThat(this.journey.release("oscar", ref, 2)).containsEntry("released", true);
		assertThat(this.journey.deliver(ref, 2, "15").getStatusCode()).isEqualTo(HttpStatus.OK);
		this.journey.accept("oscar", ref);
		assertThat(this.journey.release("olivia", ref, 3)).containsEntry("released", true);
		assertThat(this.journey.ledger(ref)).containsEntry("released", 48000.0).containsEntry("remaining", 0.0);
		assertThat(this.journey.close(ref, "SOLVED", 16).getBody()).containsEntry("status", "CLOSED");

		// the need's trace, in the API: need → challenge → call, and → proposal → grant →
		// outcome
		for (String user : List.of("nora", "olivia")) {
			Map<String, Object> traced = this.api.get(user, "/api/needs/" + need).getBody();
			assertThat(list(traced.get("trace"))).as(user)
				.singleElement()
				.satisfies((t) -> assertThat(t).containsEntry("challengeId", opened.challenge().toString())
					.containsEntry("challenge", SubmissionFixtures.CHALLENGE)
					.containsEntry("callReference", opened.call()));
			Map<String, Object> pilot = pilotOf(user, need);
			assertThat(pilot).as(user)
				.containsEntry("callReference", opened.call())
				.containsEntry("submissionReference", opened.proposal())
				.containsEntry("grantReference", ref)
				.containsEntry("hostOrganisation", "Coimbra University Hospital")
				.containsEntry("outcome", "SOLVED")
				.containsEntry("outcomeLabel", "Need solved");
			assertThat(list(pilot.get("indicators"))).as(user).singleElement().satisfies((i) -> {
				assertThat(i).containsEntry("name", "Readmissions avoided");
				assertThat(((Number) i.get("finalValue")).intValue()).isEqualTo(16);
			});
		}

		// and on the need's pages, its owner's and the officers'
		for (Map.Entry<String, String> page : Map.of("nora", "/needs/" + need, "olivia", "/officer/needs/" + need)
			.entrySet()) {
			String body = session(page.getKey()).get(page.getValue()).getBody();
			assertThat(body).as(page.getValue())
				.contains(SubmissionFixtures.CHALLENGE, opened.call(), ref, "Need solved", "Readmissions avoided",
						"0 → 16");
		}
	}

	/** The one pilot the need's trace shows the user. */
	private Map<String, Object> pilotOf(String user, String need) {
		List<Map<String, Object>> pilots = list(this.api.get(user, "/api/needs/" + need).getBody().get("pilots"));
		assertThat(pilots).as(user + " reads the pilots of " + need).hasSize(1);
		return pilots.get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
