package org.opencall.calls.web;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.Mailbox;
import org.opencall.ApiTest;
import org.opencall.calls.CallFixtures;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;
import static org.opencall.calls.CallFixtures.FOUNDING;
import static org.opencall.calls.CallFixtures.MIRROR;
import static org.opencall.calls.CallFixtures.newReference;
import static org.opencall.calls.CallFixtures.remoteMonitoringJson;

/**
 * Call publication through the real HTTP API as two programme officers, with the mail
 * received by an SMTP server.
 */
class CallPublicationApiTest extends ApiTest {

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtimeService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void oneOfficerDraftsAnotherApprovesAndTheCallPublishesAndClosesItselfWithMailAtEachStep() throws Exception {
		String reference = newReference();
		ResponseEntity<Map<String, Object>> drafted = this.api.post("olivia", "/api/calls",
				remoteMonitoringJson(FOUNDING, reference));
		assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(drafted.getBody()).containsEntry("status", "DRAFT").containsEntry("evaluatorsPerSubmission", 3);

		assertThat(this.api.post("olivia", "/api/calls/" + reference + "/submission", null).getBody())
			.containsEntry("status", "AWAITING_APPROVAL");
		assertThat(Mailbox.await(smtp,
				(subject) -> subject.contains(reference) && subject.contains("awaits your approval"), 1))
			.extracting(Mailbox::recipient)
			.containsExactly("oscar@opencall.example");

		ResponseEntity<Map<String, Object>> approved = this.api.post("oscar", "/api/calls/" + reference + "/review",
				Map.of("decision", "APPROVE"));
		assertThat(approved.getBody()).containsEntry("status", "SCHEDULED").containsEntry("reviewedBy", "oscar");
		assertThat(Mailbox.await(smtp, (subject) -> subject.contains(reference) && subject.contains("approved"), 2))
			.extracting(Mailbox::recipient)
			.containsExactlyInAnyOrder("olivia@opencall.example", "oscar@opencall.example");
		assertThat(publicReferences()).contains(reference);

		fireTimerOf(reference);
		assertThat(this.api.get(null, "/api/calls/" + reference).getBody()).containsEntry("status", "OPEN")
			.doesNotContainKey("preparedBy");
		assertThat(Mailbox.await(smtp, (subject) -> subject.contains(reference) && subject.contains("is open"), 2))
			.hasSize(2);

		fireTimerOf(reference);
		assertThat(this.api.get(null, "/api/calls/" + reference).getBody()).containsEntry("status", "CLOSED");
		assertThat(Mailbox.await(smtp, (subject) -> subject.contains(reference) && subject.contains("is closed"), 2))
			.hasSize(2);
	}

	@Test
	void approvingOnesOwnDraftIsRefusedWithTheReasonAndChangesNothing() {
		String reference = submittedByOlivia();
		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/calls/" + reference + "/review",
				Map.of("decision", "APPROVE"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(refused.getBody().get("detail").toString()).contains("Four-eyes");
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status",
				"AWAITING_APPROVAL");
	}

	@Test
	void approvingACallThatIsNotWaitingForApprovalIsRefused() {
		String reference = newReference();
		this.api.post("olivia", "/api/calls", remoteMonitoringJson(FOUNDING, reference));
		ResponseEntity<Map<String, Object>> refused = this.api.post("oscar", "/api/calls/" + reference + "/review",
				Map.of("decision", "APPROVE"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status", "DRAFT");
	}

	@Test
	void aReviewCommentLongerThanTheEngineKeepsIsRefusedNamingTheFieldAndOneThatFitsIsKeptWhole() {
		String reference = submittedByOlivia();
		ResponseEntity<Map<String, Object>> refused = this.api.post("oscar", "/api/calls/" + reference + "/review",
				Map.of("decision", "SEND_BACK", "comment", "Look again at the budget table. ".repeat(130)));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("comment");
		assertThat(refused.getBody().toString()).contains("at most 4000 characters");
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status",
				"AWAITING_APPROVAL");

		String longest = "Look again at the budget table. ".repeat(125);
		assertThat(longest).hasSize(4000);
		ResponseEntity<Map<String, Object>> sentBack = this.api.post("oscar", "/api/calls/" + reference + "/review",
				Map.of("decision", "SEND_BACK", "comment", longest));
		assertThat(sentBack.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status", "SENT_BACK")
			.containsEntry("reviewComment", longest.strip());
	}

	@Test
	void sendingBackWithoutACommentIsRefusedNamingTheField() {
		String reference = submittedByOlivia();
		ResponseEntity<Map<String, Object>> refused = this.api.post("oscar", "/api/calls/" + reference + "/review",
				Map.of("decision", "SEND_BACK"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("comment");
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status",
				"AWAITING_APPROVAL");
	}

	@Test
	void badDraftsAreRefusedFieldByFieldAndNothingIsStored() {
		assertRefused(with("deadline", CallFixtures.inDays(5).toString()), "deadline");
		assertRefused(with("totalBudget", 0), "totalBudget");
		assertRefused(with("totalBudget", -100), "totalBudget");
		assertRefused(with("maxGrant", 300000), "maxGrant");
		assertRefused(with("title", ""), "title");
		assertRefused(with("criteria", List.of(Map.of("name", "Excellence", "threshold", 6))), "criteria[0].threshold");
		assertRefused(with("timeZone", "Europe/Atlantis"), "timeZone");
		assertRefused(with("evaluatorsPerSubmission", 1), "evaluatorsPerSubmission");
		assertRefused(with("evaluatorsPerSubmission", 8), "evaluatorsPerSubmission");
		assertRefused(with("opening", "not a time"), "opening");
		assertRefused(with("programme", MIRROR), "programme");
		assertRefused(with("evaluation", Map.of("consensusMode", "SOMETIMES")), "evaluation.consensusMode");
		assertRefused(with("evaluation", Map.of("consensusSpread", 0.7)), "evaluation.consensusSpread");
		assertRefused(with("evaluation", Map.of("scoringDays", 0)), "evaluation.scoringDays");
		assertRefused(with("selection", Map.of("tieBreaks", List.of("Impact", "Novelty"))), "selection.tieBreaks");
		assertRefused(with("selection", Map.of("tieBreaks", List.of("Impact", "Impact"))), "selection.tieBreaks");
		assertRefused(with("selection", Map.of("redressDays", 0)), "selection.redressDays");
		assertRefused(with("selection", Map.of("reportEveryMonths", 0)), "selection.reportEveryMonths");
		assertRefused(with("selection", Map.of("reportEveryMonths", 25)), "selection.reportEveryMonths");
	}

	@Test
	void aCallCarriesItsTieBreaksAndRedressWindowOrTheDefaultsAndShowsThemPublicly() {
		String reference = newReference();
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, reference);
		json.put("selection",
				Map.of("tieBreaks", List.of("Impact", "Excellence", "EARLIER_SUBMISSION"), "redressDays", 21));
		Map<String, Object> created = this.api.post("olivia", "/api/calls", json).getBody();
		Map<String, Object> chosen = Map.of("tieBreaks", List.of("Impact", "Excellence", "EARLIER_SUBMISSION"),
				"redressDays", 21);
		assertThat(created.get("selection")).isEqualTo(chosen);
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody().get("selection")).isEqualTo(chosen);

		this.api.post("olivia", "/api/calls/" + reference + "/submission", null);
		this.api.post("oscar", "/api/calls/" + reference + "/review", Map.of("decision", "APPROVE"));
		assertThat(this.api.get(null, "/api/calls/" + reference).getBody().get("selection")).isEqualTo(chosen);
		assertThat(this.http.getForObject("/calls/" + reference, String.class))
			.contains("Broken by the higher score on Impact, then the higher score on Excellence, "
					+ "then the earlier submission")
			.contains("within 21 days");

		Map<String, Object> defaults = this.api
			.post("olivia", "/api/calls", remoteMonitoringJson(FOUNDING, newReference()))
			.getBody();
		assertThat(defaults.get("selection"))
			.isEqualTo(Map.of("tieBreaks", List.of("Excellence", "Impact", "EARLIER_SUBMISSION"), "redressDays", 30));
	}

	@Test
	void aCallReportsToItsFunderEveryFewMonthsItNamesAndARevisionOutsideOneToTwentyFourIsRefused() {
		String reference = newReference();
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, reference);
		json.put("selection", Map.of("reportEveryMonths", 3));
		Map<String, Object> created = this.api.post("olivia", "/api/calls", json).getBody();
		Map<String, Object> chosen = Map.of("tieBreaks", List.of("Excellence", "Impact", "EARLIER_SUBMISSION"),
				"redressDays", 30, "reportEveryMonths", 3);
		assertThat(created.get("selection")).isEqualTo(chosen);

		json.put("selection", Map.of("reportEveryMonths", 25));
		ResponseEntity<Map<String, Object>> refused = this.api.put("olivia", "/api/calls/" + reference, json);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("selection.reportEveryMonths");
		assertThat(refused.getBody().toString()).contains("must be from 1 to 24 months");
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody().get("selection")).isEqualTo(chosen);

		this.api.post("olivia", "/api/calls/" + reference + "/submission", null);
		this.api.post("oscar", "/api/calls/" + reference + "/review", Map.of("decision", "APPROVE"));
		assertThat(this.api.get(null, "/api/calls/" + reference).getBody().get("selection")).isEqualTo(chosen);
		assertThat(this.http.getForObject("/calls/" + reference, String.class))
			.contains("Every 3 months from its publication");
	}

	@Test
	void theDefaultTieBreaksFollowRevisedCriteriaButANamedOneThatNoLongerExistsIsRefused() {
		String reference = newReference();
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, reference);
		this.api.post("olivia", "/api/calls", json);
		json.put("criteria", List.of(Map.of("name", "Need fit", "threshold", 3), Map.of("name", "Team", "threshold", 3),
				Map.of("name", "Price", "threshold", 3)));
		assertThat(this.api.put("olivia", "/api/calls/" + reference, json).getBody().get("selection"))
			.isEqualTo(Map.of("tieBreaks", List.of("Need fit", "Team", "EARLIER_SUBMISSION"), "redressDays", 30));

		json.put("selection", Map.of("tieBreaks", List.of("Team", "Need fit")));
		this.api.put("olivia", "/api/calls/" + reference, json);
		json.put("criteria", List.of(Map.of("name", "Fit to the need", "threshold", 3),
				Map.of("name", "Team", "threshold", 3), Map.of("name", "Price", "threshold", 3)));
		ResponseEntity<Map<String, Object>> refused = this.api.put("olivia", "/api/calls/" + reference, json);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("selection.tieBreaks");
		assertThat(refused.getBody().toString()).contains("\"Need fit\", is not a criterion of this call");
		Map<String, Object> kept = this.api.get("olivia", "/api/calls/" + reference).getBody();
		assertThat(kept.get("selection"))
			.isEqualTo(Map.of("tieBreaks", List.of("Team", "Need fit"), "redressDays", 30));
	}

	@Test
	void aCallCarriesItsEvaluationRulesOrTheEuDefaults() {
		String reference = newReference();
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, reference);
		json.put("evaluation", Map.of("blindEvaluation", true, "consensusMode", "ON_DIVERGENCE", "consensusSpread", 2,
				"sameCountryConflicts", true));
		Map<String, Object> created = this.api.post("olivia", "/api/calls", json).getBody();

		assertThat(created.get("evaluation")).isEqualTo(Map.of("blindEvaluation", true, "consensusMode",
				"ON_DIVERGENCE", "consensusSpread", 2, "sameCountryConflicts", true, "invitationDays", 7,
				"declarationDays", 5, "scoringDays", 21, "reminderDays", 3));
		Map<String, Object> defaults = this.api
			.post("olivia", "/api/calls", remoteMonitoringJson(FOUNDING, newReference()))
			.getBody();
		assertThat(defaults.get("evaluation")).isEqualTo(Map.of("blindEvaluation", false, "consensusMode", "ALWAYS",
				"consensusSpread", 1.5, "sameCountryConflicts", false, "invitationDays", 7, "declarationDays", 5,
				"scoringDays", 21, "reminderDays", 3));
	}

	@Test
	void needsSentWithADraftAreNeverPublishedAndAChallengeIdCannotBeInvented() {
		String reference = newReference();
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, reference);
		Map<String, Object> invented = Map.of("reference", "N-99999", "title", "Invented need", "organisation",
				"Coimbra University Hospital", "currentPractice", "Made up by the client");
		json.put("challenges", List.of(Map.of("title", "Heart failure at home", "needs", List.of(invented))));
		assertThat(this.api.post("olivia", "/api/calls", json).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		this.api.put("olivia", "/api/calls/" + reference, json);
		this.api.post("olivia", "/api/calls/" + reference + "/submission", null);
		this.api.post("oscar", "/api/calls/" + reference + "/review", Map.of("decision", "APPROVE"));

		Map<String, Object> published = this.api.get(null, "/api/calls/" + reference).getBody();
		assertThat(published).containsEntry("status", "SCHEDULED");
		assertThat((List<?>) published.get("challenges")).singleElement()
			.satisfies((c) -> assertThat((List<?>) ((Map<?, ?>) c).get("needs")).isEmpty());
		assertThat(this.http.getForObject("/calls/" + reference, String.class)).doesNotContain("Invented need")
			.doesNotContain("Made up by the client");

		Map<String, Object> claiming = remoteMonitoringJson(FOUNDING, newReference());
		claiming.put("challenges",
				List.of(Map.of("title", "Heart failure at home", "challengeId", java.util.UUID.randomUUID())));
		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/calls", claiming);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("challenges[0].challengeId");

		String draft = newReference();
		this.api.post("olivia", "/api/calls", remoteMonitoringJson(FOUNDING, draft));
		claiming.put("reference", draft);
		ResponseEntity<Map<String, Object>> revised = this.api.put("olivia", "/api/calls/" + draft, claiming);
		assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(revised)).containsExactly("challenges[0].challengeId");
	}

	@Test
	void submittingWithAnOpeningInThePastIsRefused() {
		String reference = newReference();
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, reference);
		json.put("opening", CallFixtures.inDays(-1).toString());
		this.api.post("olivia", "/api/calls", json);
		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/calls/" + reference + "/submission",
				null);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("opening");
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status", "DRAFT");
	}

	@Test
	void anApplicantCanNeitherDraftNorApprove() {
		String reference = submittedByOlivia();
		assertThat(this.api.post("alice", "/api/calls", remoteMonitoringJson(FOUNDING, newReference())).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("alice", "/api/calls/" + reference + "/review", Map.of("decision", "APPROVE"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("olivia", "/api/calls/" + reference).getBody()).containsEntry("status",
				"AWAITING_APPROVAL");
	}

	@Test
	void anOfficerOfAnotherProgrammeNeitherSeesNorApprovesTheCall() {
		String reference = submittedByOlivia();
		assertThat(this.api.get("otto", "/api/calls/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.post("otto", "/api/calls/" + reference + "/review", Map.of("decision", "APPROVE"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void draftsAreNotPublic() {
		String reference = submittedByOlivia();
		assertThat(this.api.get(null, "/api/calls/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(publicReferences()).doesNotContain(reference);
		assertThat(this.http.getForEntity("/calls/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anonymousCallersReachNeitherTheEngineRestApiNorTheWebapps() {
		assertThat(this.http.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		// the webapps' APIs answer an anonymous caller 401 (an open Tasklist then goes to
		// the
		// login page); the webapps' pages show the login page
		ResponseEntity<String> webappApi = this.http.getForEntity("/camunda/api/engine/engine/default/task",
				String.class);
		assertThat(webappApi.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(webappApi.getBody()).doesNotContain("\"id\"");
		assertThat(this.http.getForEntity("/camunda/app/tasklist/", String.class).getBody())
			.contains("<h1>Log in</h1>");
		assertThat(this.http.getForEntity("/api/calls", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.http.postForEntity("/api/calls", remoteMonitoringJson(FOUNDING, "ANON-1"), String.class)
			.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
		assertThat(this.http.getForEntity("/api/calls/ANON-1", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theEngineRestApiAcceptsTheUsersOwnCredentialsOnly() {
		assertThat(
				this.http.withBasicAuth("eva", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(
				this.http.withBasicAuth("eva", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private String submittedByOlivia() {
		String reference = newReference();
		this.api.post("olivia", "/api/calls", remoteMonitoringJson(FOUNDING, reference));
		this.api.post("olivia", "/api/calls/" + reference + "/submission", null);
		return reference;
	}

	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> json = remoteMonitoringJson(FOUNDING, newReference());
		json.put(field, value);
		return json;
	}

	private void assertRefused(Map<String, Object> json, String field) {
		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/calls", json);
		assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).as(field).contains(field);
		int stored = this.jdbc.sql("select count(*) from calls where reference = :reference")
			.param("reference", json.get("reference"))
			.query(Integer.class)
			.single();
		assertThat(stored).as(field).isZero();
	}

	/**
	 * Moves the engine clock past the call's next timer and runs it, as the job executor
	 * would.
	 */
	private void fireTimerOf(String reference) {
		String instanceId = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult()
			.getId();
		Job timer = this.managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		this.managementService.executeJob(timer.getId());
	}

	private List<String> publicReferences() {
		ResponseEntity<List<Map<String, Object>>> calls = this.http.exchange("/api/calls", HttpMethod.GET, null,
				new ParameterizedTypeReference<>() {
				});
		return calls.getBody().stream().map((c) -> (String) c.get("reference")).toList();
	}

}
