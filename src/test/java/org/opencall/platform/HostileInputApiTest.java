package org.opencall.platform;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.BasicClient;
import org.opencall.Multipart;
import org.opencall.PageSession;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * Hostile input through the JSON API and the forms: each is a 400 that names the field
 * and says why in words, nothing is stored, and no answer shows SQL, a stack trace or a
 * class name. Each of these was a 500 (some with the SQL statement) before.
 */
class HostileInputApiTest extends ApiTest {

	/** What an answer must never contain. */
	private static final List<String> LEAKS = List.of("java.", "jakarta.", "org.opencall", "org.springframework",
			"org.postgresql", "com.fasterxml", "Exception", "SQL", "insert into", "ERROR:", "\tat ");

	private static final String FIVE_MEGABYTES = "x".repeat(5 * 1024 * 1024);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionFixtures fixtures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aNulByteInATextFieldIsRefusedNamingTheField() {
		int before = count("needs");
		Map<String, Object> need = NeedFixtures.heartFailureAtHomeJson();
		need.put("title", "a\u0000b");
		assertRefused(this.api.post("nora", "/api/needs", need), "title", "must not contain control characters");
		need.put("title", "A bell\u0007");
		assertRefused(this.api.post("nora", "/api/needs", need), "title", "must not contain control characters");
		need.put("title", "Fine");
		need.put("confidentialFields", List.of("CURRENT_BURDEN\u0000"));
		assertRefused(this.api.post("nora", "/api/needs", need), "confidentialFields[0]",
				"must not contain control characters");
		assertThat(count("needs")).isEqualTo(before);

		String reference = (String) this.api.post("nora", "/api/needs", NeedFixtures.heartFailureAtHomeJson())
			.getBody()
			.get("reference");
		assertRefused(
				this.api.post("olivia", "/api/needs/" + reference + "/triage",
						Map.of("decision", "REJECT", "reason", "out\u0000of scope")),
				"reason", "must not contain control characters");
		assertThat(this.api.get("olivia", "/api/needs/" + reference).getBody()).containsEntry("status", "SUBMITTED");
	}

	@Test
	void hugeNonFiniteAndFractionalAmountsAreRefusedNotStoredOrRounded() {
		CallView call = this.fixtures.openCall();
		int before = count("submissions");
		for (BigDecimal amount : List.of(new BigDecimal("1e20"), new BigDecimal("1e999999999"), new BigDecimal("0.001"),
				new BigDecimal("-1"))) {
			Map<String, Object> proposal = SubmissionFixtures.homeMonitoringJson(call.reference());
			proposal.put("requestedAmount", amount);
			ResponseEntity<Map<String, Object>> refused = this.api.post("alice", "/api/submissions", proposal);
			assertThat(refused.getStatusCode()).as(amount.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(fields(refused)).as(amount.toString()).containsExactly("requestedAmount");
			assertNoLeak(refused.getBody().toString());
		}
		Map<String, Object> proposal = SubmissionFixtures.homeMonitoringJson(call.reference());
		proposal.put("requestedAmount", "a lot");
		assertRefused(this.api.post("alice", "/api/submissions", proposal), "requestedAmount", "must be a number");
		assertThat(count("submissions")).isEqualTo(before);

		Map<String, Object> draft = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING,
				CallFixtures.newReference());
		draft.put("totalBudget", new BigDecimal("1e20"));
		draft.put("maxGrant", new BigDecimal("50000.005"));
		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/calls", draft);
		assertThat(fields(refused)).containsExactlyInAnyOrder("totalBudget", "maxGrant");
		assertThat(count("calls where reference = '" + draft.get("reference") + "'")).isZero();
	}

	@Test
	void decimalsWhereAWholeNumberIsMeantAreRefusedNotRounded() {
		CallView call = this.fixtures.openCall();
		Map<String, Object> proposal = SubmissionFixtures.homeMonitoringJson(call.reference());
		proposal.put("trl", 5.25);
		assertRefused(this.api.post("alice", "/api/submissions", proposal), "trl", "must be a whole number");

		Map<String, Object> draft = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING,
				CallFixtures.newReference());
		draft.put("evaluatorsPerSubmission", 5.25);
		assertRefused(this.api.post("olivia", "/api/calls", draft), "evaluatorsPerSubmission",
				"must be a whole number");
		draft.put("evaluatorsPerSubmission", 99999999999L);
		assertRefused(this.api.post("olivia", "/api/calls", draft), "evaluatorsPerSubmission", "out of range");

		Map<String, Object> need = NeedFixtures.heartFailureAtHomeJson();
		need.put("affectedCount", 12.5);
		assertRefused(this.api.post("nora", "/api/needs", need), "affectedCount", "must be a whole number");
	}

	@Test
	void valuesOfTheWrongShapeAreRefusedInWordsWithoutJavaTypeNames() {
		Map<String, Object> need = NeedFixtures.heartFailureAtHomeJson();
		need.put("title", Map.of("nested", "object"));
		assertRefused(this.api.post("nora", "/api/needs", need), "title", "must be text");
		Map<String, Object> draft = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING,
				CallFixtures.newReference());
		draft.put("opening", "next tuesday");
		assertRefused(this.api.post("olivia", "/api/calls", draft), "opening", "must be a date and time");
		draft.put("opening", "+999999999-01-01T09:00");
		assertRefused(this.api.post("olivia", "/api/calls", draft), "opening", "between the years 2000 and 9999");
		draft.put("opening", CallFixtures.inDays(10).toString());
		draft.put("challenges", List.of(Map.of("title", "T", "challengeId", "not-a-uuid")));
		assertRefused(this.api.post("olivia", "/api/calls", draft), "challenges[0].challengeId",
				"must be an identifier");

		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map<String, Object>> broken = this.http.withBasicAuth("nora", "demo")
			.exchange("/api/needs", HttpMethod.POST, new HttpEntity<>("{\"title\" \"no colon\"}", json),
					new ParameterizedTypeReference<>() {
					});
		assertRefused(broken, "body", "is not valid JSON");
	}

	@Test
	void aNumberABooleanOrAListWhereTextIsMeantIsRefusedNotTurnedIntoText() {
		int before = count("needs");
		Map<String, Object> need = NeedFixtures.heartFailureAtHomeJson();
		for (Object notText : List.of(42, true, List.of("a"))) {
			need.put("title", notText);
			assertRefused(this.api.post("nora", "/api/needs", need), "title", "must be text");
		}
		assertThat(count("needs")).isEqualTo(before);
		String reference = (String) this.api.post("nora", "/api/needs", NeedFixtures.heartFailureAtHomeJson())
			.getBody()
			.get("reference");
		assertRefused(this.api.post("olivia", "/api/needs/" + reference + "/triage",
				Map.of("decision", "REJECT", "reason", 42)), "reason", "must be text");
		assertThat(this.api.get("olivia", "/api/needs/" + reference).getBody()).containsEntry("status", "SUBMITTED");
	}

	@Test
	void anUploadWhoseFileNameIsUnreadableOrHasControlCharactersIsRefusedNotAFailure() {
		CallView call = this.fixtures.openCall();
		String reference = (String) this.api
			.post("alice", "/api/submissions", SubmissionFixtures.homeMonitoringJson(call.reference()))
			.getBody()
			.get("reference");
		for (String name : List.of("budget\u0000.pdf", "b".repeat(64 * 1024) + ".pdf")) {
			Multipart upload = Multipart.form()
				.field("type", "budget")
				.file("file", name, "application/pdf", NeedFixtures.pdf());
			ResponseEntity<String> refused = new BasicClient(this.port).send("alice", "demo", "POST",
					"/api/submissions/" + reference + "/documents", upload.contentType(), upload.bytes(), Map.of());
			assertThat(refused.getStatusCode()).as(name.length() + " characters").isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).contains("\"field\":\"upload\"");
			assertNoLeak(refused.getBody());
		}
		Multipart bell = Multipart.form()
			.field("type", "budget")
			.file("file", "budget\u0007\u202e.pdf", "application/pdf", NeedFixtures.pdf());
		ResponseEntity<String> refused = new BasicClient(this.port).send("alice", "demo", "POST",
				"/api/submissions/" + reference + "/documents", bell.contentType(), bell.bytes(), Map.of());
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("\"field\":\"file\"", "file name must not contain control characters");
		assertThat(count("submission_documents d join submissions s on s.id = d.submission_id where s.reference = '"
				+ reference + "'"))
			.isZero();
	}

	@Test
	void everyTextFieldHasALengthLimitThatNamesTheField() {
		Map<String, Object> need = NeedFixtures.heartFailureAtHomeJson();
		need.put("title", FIVE_MEGABYTES);
		assertRefused(this.api.post("nora", "/api/needs", need), "title", "at most");

		Map<String, Object> draft = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING,
				CallFixtures.newReference());
		draft.put("challenges", List.of(Map.of("title", "Heart failure", "description", FIVE_MEGABYTES)));
		assertRefused(this.api.post("olivia", "/api/calls", draft), "challenges[0].description", "at most");

		CallView call = this.fixtures.openCall();
		Map<String, Object> proposal = SubmissionFixtures.homeMonitoringJson(call.reference());
		proposal.put("challenge", "y".repeat(300));
		assertRefused(this.api.post("alice", "/api/submissions", proposal), "challenge",
				"must be at most 200 characters");

		assertRefused(this.api.post("olivia", "/api/challenges", Map.of("programme", CallFixtures.FOUNDING, "title",
				"Falls", "description", "z".repeat(20_001), "needs", List.of())), "description", "at most");

		String reference = (String) this.api.post("nora", "/api/needs", NeedFixtures.heartFailureAtHomeJson())
			.getBody()
			.get("reference");
		assertRefused(this.api.post("olivia", "/api/needs/" + reference + "/triage",
				Map.of("decision", "CLARIFY", "question", FIVE_MEGABYTES)), "question", "at most");

		assertRefused(
				this.api.post(null, "/api/registrations",
						Map.of("organisationName", "Long Ltd", "country", "PT", "organisationType", "SME",
								"registrationNumber", "PT-1", "userId", "longpassword", "firstName", "L", "lastName",
								"P", "email", "l@long.example", "password", "p".repeat(201))),
				"password", "at most 200 characters");
	}

	@Test
	void aControlCharacterInAQueryParameterIsRefusedNamingIt() throws Exception {
		ResponseEntity<Map<String, Object>> refused = this.http.withBasicAuth("olivia", "demo")
			.exchange(RequestEntity.get(new URI(this.http.getRootUri() + "/api/submissions?call=HC%00-1")).build(),
					new ParameterizedTypeReference<>() {
					});
		assertRefused(refused, "call", "must not contain control characters");
		ResponseEntity<Map<String, Object>> unknown = this.api.get("olivia", "/api/needs?urgency=SOON");
		assertRefused(unknown, "urgency", "must be one of [LOW, MEDIUM, HIGH, CRITICAL]");
	}

	@Test
	void theOfficerCallFormRefusesWhatItCannotReadBesideTheFieldAndStoresNothing() {
		String reference = CallFixtures.newReference();
		MultiValueMap<String, String> form = callForm(reference);
		form.add("challenges[0].challengeId", "not-a-uuid");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form), "is not a challenge built from needs");

		form = callForm(reference);
		form.add("challenges[0].challengeId", UUID.randomUUID().toString());
		assertFormRefused(postForm("olivia", "/officer/calls/new", form),
				"a new draft has no challenge built from needs yet");

		form = callForm(reference);
		form.add("challenges[999999].title", "far away");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form),
				"challenges[999999].title refers to a row the form does not have");

		form = callForm(reference);
		form.set("title", "Remote\u0000monitoring");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form), "must not contain control characters");

		form = callForm(reference);
		form.set("totalBudget", "1e20");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form), "must be at most 999,999,999,999.99");
		form = callForm(reference);
		form.set("evaluatorsPerSubmission", "5.25");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form), "must be a whole number");
		form = callForm(reference);
		form.add("tieBreaks[0]", "Novelty");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form), "is not a criterion of this call");
		form = callForm(reference);
		form.set("redressDays", "a month");
		assertFormRefused(postForm("olivia", "/officer/calls/new", form), "must be a whole number");
		form = callForm(reference);
		form.set("reportEveryMonths", "25");
		ResponseEntity<String> monthly = postForm("olivia", "/officer/calls/new", form);
		assertFormRefused(monthly, "must be from 1 to 24 months");
		assertThat(monthly.getBody()).containsPattern(
				"id=\"reportEveryMonths\"[^>]*>\\s*<p class=\"field-error\"[^>]*>[^<]*must be from 1 to 24 months");
		assertThat(count("calls where reference = '" + reference + "'")).isZero();

		MultiValueMap<String, String> need = new LinkedMultiValueMap<>();
		NeedFixtures.heartFailureAtHomeJson().forEach((field, value) -> need.add(field, String.valueOf(value)));
		need.set("confidentialFields", "CURRENT_BURDEN");
		need.set("description", "Readmitted\u0000too late");
		assertFormRefused(postForm("nora", "/needs/new", need), "must not contain control characters");
	}

	@Test
	void aRefusedActionOnAPageShowsThatPageAgainWithTheReasonBesideItsFieldAndTheRefusalsStatus() {
		String need = (String) this.api.post("nora", "/api/needs", NeedFixtures.heartFailureAtHomeJson())
			.getBody()
			.get("reference");
		PageSession olivia = session("olivia");
		String triage = "/officer/needs/" + need + "/triage";
		assertShownAgain(olivia.post(triage, Map.of("decision", "REJECT", "reason", "out\u0000of scope")), triage,
				"must not contain control characters");
		assertShownAgain(olivia.post(triage, Map.of("decision", "REJECT")), triage,
				"is required when rejecting a need");
		assertShownAgain(olivia.post(triage, Map.of("decision", "MAYBE")), triage,
				"must be validate, reject, clarify or duplicate");
		assertThat(this.api.get("olivia", "/api/needs/" + need).getBody()).containsEntry("status", "SUBMITTED");

		ResponseEntity<String> unasked = session("nora").post("/needs/" + need + "/clarification",
				Map.of("answer", "Forty."));
		assertThat(unasked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(unasked.getBody()).contains("has no open question").contains("<h1>");

		PageSession alice = session("alice");
		ResponseEntity<String> invited = alice.post("/organisation/invitations", Map.of("email", "not an address"));
		assertShownAgain(invited, "/organisation/invitations", "is not an e-mail address");
		assertThat(invited.getBody()).contains("value=\"not an address\"");
	}

	@Test
	void anUnexpectedFailureAnswersAGenericProblemOrPageWithALogIdAndNothingElse() {
		ResponseEntity<Map<String, Object>> api = this.api.get("olivia", "/api/test-faults");
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(api.getBody().get("detail").toString()).startsWith("Something went wrong; nothing was changed");
		assertThat(api.getBody()).containsKey("logId");
		assertNoLeak(api.getBody().toString());
		assertThat(api.getBody().toString()).doesNotContain(FaultyEndpoints.SECRET);

		ResponseEntity<String> page = session("olivia").get("/test-faults");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(page.getBody()).contains("Something went wrong; nothing was changed").contains("log id");
		assertNoLeak(page.getBody());
		assertThat(page.getBody()).doesNotContain("select secret");

		ResponseEntity<String> wrongMethod = this.http.withBasicAuth("olivia", "demo")
			.exchange("/api/needs", HttpMethod.DELETE, null, String.class);
		assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertNoLeak(wrongMethod.getBody());
	}

	@Test
	void aDatabaseThatCannotBeReachedAnswersServiceUnavailableWithRetryAfterInWords() {
		ResponseEntity<Map<String, Object>> api = this.api.get("olivia", "/api/test-faults/database");
		assertThat(api.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(api.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(api.getBody()).containsEntry("type", "/problems/unavailable")
			.containsEntry("title", "Temporarily unavailable")
			.containsEntry("detail", DatabaseUnavailable.MESSAGE);
		assertNoLeak(api.getBody().toString());

		ResponseEntity<String> page = session("olivia").get("/test-faults/database");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(page.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(page.getBody()).contains("cannot reach its database just now; nothing was changed");
		assertNoLeak(page.getBody());
		assertThat(page.getBody()).doesNotContain("select secret");
	}

	private static MultiValueMap<String, String> callForm(String reference) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, reference).forEach((field, value) -> {
			if (!field.equals("challenges")) {
				form.add(field, String.valueOf(value));
			}
		});
		form.add("challenges[0].title", "Heart failure at home");
		form.add("evaluatorsPerSubmission", "3");
		return form;
	}

	private ResponseEntity<String> postForm(String user, String path, MultiValueMap<String, String> form) {
		return session(user).post(path, form);
	}

	/** The page again, 400, with its form and the reason beside the field. */
	private static void assertShownAgain(ResponseEntity<String> page, String action, String reason) {
		assertThat(page.getStatusCode()).as(reason).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getBody()).as(reason)
			.contains("action=\"" + action + "\"")
			.contains("class=\"field-error\"")
			.contains(reason);
		assertNoLeak(page.getBody());
	}

	private static void assertFormRefused(ResponseEntity<String> page, String reason) {
		assertThat(page.getStatusCode()).as(reason).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getBody()).as(reason).contains("nothing was saved").contains(reason);
		assertNoLeak(page.getBody());
	}

	private static void assertRefused(ResponseEntity<Map<String, Object>> refused, String field, String reason) {
		assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).as(field).containsExactly(field);
		assertThat(refused.getBody().get("errors").toString()).as(field).contains(reason);
		assertNoLeak(refused.getBody().toString());
	}

	private static void assertNoLeak(String answer) {
		assertThat(answer).isNotNull();
		LEAKS.forEach((leak) -> assertThat(answer).as("leaks " + leak).doesNotContain(leak));
	}

	private int count(String tableAndCondition) {
		return this.jdbc.sql("select count(*) from " + tableAndCondition).query(Integer.class).single();
	}

}
