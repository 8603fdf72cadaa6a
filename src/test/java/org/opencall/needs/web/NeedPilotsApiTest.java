package org.opencall.needs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.PilotOutcome;
import org.opencall.needs.PilotOutcome.IndicatorResult;
import org.opencall.needs.PilotOutcomes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A need's trace ends in the pilots that answer it: the need's API and its owner's and
 * officers' pages show each pilot's grant, company, host and status, and once it is
 * closed its outcome and every indicator from baseline to final value against its target.
 * The pilots come from a test double of {@link PilotOutcomes}, the port co-creation
 * answers.
 */
class NeedPilotsApiTest extends ApiTest {

	@Autowired
	Pilots pilots;

	@Test
	void aClosedPilotsOutcomeIsOnTheNeedsApiAndPages() {
		String need = submitNeed();
		this.pilots.answer(need, closedPilot(), runningPilot());

		Map<String, Object> read = this.api.get("olivia", "/api/needs/" + need).getBody();
		List<Map<String, Object>> pilots = list(read.get("pilots"));
		assertThat(pilots).extracting((p) -> p.get("grantReference"))
			.containsExactly("HC-2027-01-G01", "HC-2027-01-G02");
		assertThat(pilots.get(0)).containsEntry("company", "MedSense, Lda")
			.containsEntry("hostOrganisation", "Coimbra University Hospital")
			.containsEntry("statusLabel", "Pilot closed")
			.containsEntry("outcome", "SOLVED")
			.containsEntry("outcomeLabel", "Solved: the pilot met its targets");
		assertThat(list(pilots.get(0).get("indicators"))).first()
			.satisfies((indicator) -> assertThat(indicator).containsEntry("name", "Readmissions within 30 days")
				.containsKey("finalValue"));
		assertThat(pilots.get(1)).containsEntry("outcome", null);

		for (String page : List.of(page("nora", "/needs/" + need), page("olivia", "/officer/needs/" + need))) {
			assertThat(page)
				.contains("Pilots answering this need", "HC-2027-01-G01", "MedSense, Lda",
						"Coimbra University Hospital", "Pilot closed", "Solved: the pilot met its targets",
						"Readmissions within 30 days (% of discharged patients)", "18 → 11", "12",
						"Nurse time per patient per day (minutes)", "42.5 → 31", "HC-2027-01-G02", "Pilot running")
				.doesNotContain("No pilot answers this need yet");
		}
		String running = page("nora", "/needs/" + need);
		assertThat(running.substring(running.indexOf("HC-2027-01-G02"))).doesNotContain("Outcome:");
	}

	@Test
	void aNeedWithoutPilotsSaysSoPlainly() {
		String need = submitNeed();

		assertThat(list(this.api.get("nora", "/api/needs/" + need).getBody().get("pilots"))).isEmpty();
		assertThat(page("nora", "/needs/" + need)).contains("No pilot answers this need yet");
		assertThat(page("olivia", "/officer/needs/" + need)).contains("No pilot answers this need yet");
	}

	private String submitNeed() {
		ResponseEntity<Map<String, Object>> submitted = this.api.post("nora", "/api/needs",
				NeedFixtures.heartFailureAtHomeJson());
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) submitted.getBody().get("reference");
	}

	private String page(String user, String path) {
		ResponseEntity<String> page = session(user).get(path);
		assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return page.getBody();
	}

	private static PilotOutcome closedPilot() {
		return new PilotOutcome("HC-2027-01-G01", "HC-2027-01", "HC-2027-01-0042",
				"MedSense: continuous vital-sign monitoring at home", "MedSense, Lda", "Coimbra University Hospital",
				"CLOSED", "Pilot closed", "SOLVED", "Solved: the pilot met its targets",
				Instant.parse("2028-02-10T10:00:00Z"),
				List.of(new IndicatorResult("Readmissions within 30 days", "% of discharged patients",
						new BigDecimal("18"), new BigDecimal("12"), new BigDecimal("11.00")),
						new IndicatorResult("Nurse time per patient per day", "minutes", new BigDecimal("42.5"),
								new BigDecimal("30"), new BigDecimal("31"))));
	}

	private static PilotOutcome runningPilot() {
		return new PilotOutcome("HC-2027-01-G02", "HC-2027-01", "HC-2027-01-0043", "CareFlow: hospital at home",
				"CareFlow AB", "Coimbra University Hospital", "RUNNING", "Pilot running", null, null, null,
				List.of(new IndicatorResult("Readmissions within 30 days", "% of discharged patients",
						new BigDecimal("18"), new BigDecimal("14"), null)));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	/** The pilots answering the needs this test names; none for any other need. */
	static class Pilots implements PilotOutcomes {

		private final Map<String, List<PilotOutcome>> byNeed = new ConcurrentHashMap<>();

		void answer(String needReference, PilotOutcome... pilots) {
			this.byNeed.put(needReference, List.of(pilots));
		}

		@Override
		public List<PilotOutcome> ofNeed(String needReference) {
			return this.byNeed.getOrDefault(needReference, List.of());
		}

	}

	@TestConfiguration
	static class PilotsConfiguration {

		@Bean
		@Primary
		Pilots pilots() {
			return new Pilots();
		}

	}

}
