package org.opencall.needs.web;

import java.util.Date;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.opencall.Mailbox;
import org.opencall.ApiTest;
import org.opencall.calls.CallFixtures;
import org.opencall.identity.Directory;
import org.opencall.identity.OrganisationType;
import org.opencall.needs.NeedFixtures;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * From a hospital's need to a challenge on a published call, through the HTTP API as need
 * owner and officers, with the mail received by an SMTP server; bad input and access.
 */
class NeedsApiTest extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Directory directory;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aNeedTravelsFromTheHospitalThroughTriageAndAChallengeToAPublishedCall() throws Exception {
		ResponseEntity<Map<String, Object>> submitted = submitWithPdf("nora", NeedFixtures.heartFailureAtHomeJson(),
				"evidence.pdf", NeedFixtures.pdf());
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String need = (String) submitted.getBody().get("reference");
		assertThat(submitted.getBody()).containsEntry("status", "SUBMITTED")
			.containsEntry("organisation", "Coimbra University Hospital");
		assertThat((List<?>) submitted.getBody().get("attachments")).hasSize(1);
		String attachment = "/api/needs/" + need + "/attachments/"
				+ ((Map<?, ?>) ((List<?>) submitted.getBody().get("attachments")).get(0)).get("id");
		ResponseEntity<byte[]> download = this.http.withBasicAuth("olivia", "demo")
			.getForEntity(attachment, byte[].class);
		assertThat(download.getBody()).isEqualTo(NeedFixtures.pdf());
		assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(this.http.withBasicAuth("bob", "demo").getForEntity(attachment, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(Mailbox.await(smtp, ("[Opencall] " + "Need " + need + " received")::equals, 1))
			.extracting(Mailbox::recipient)
			.containsExactly("nora@uhospital.example");

		assertThat(this.api
			.post("olivia", "/api/needs/" + need + "/triage",
					Map.of("decision", "CLARIFY", "question", "Which wards take part?"))
			.getBody()).containsEntry("status", "IN_CLARIFICATION");
		assertThat(Mailbox.await(smtp, ("[Opencall] " + "A question about need " + need)::equals, 1)).hasSize(1);
		assertThat(this.api.post("nora", "/api/needs/" + need + "/clarification", Map.of("answer", "Cardiology only."))
			.getBody()).containsEntry("status", "SUBMITTED");
		assertThat(Mailbox.await(smtp, ("[Opencall] " + "Need " + need + " was clarified")::equals, 1))
			.extracting(Mailbox::recipient)
			.containsExactly("olivia@opencall.example");
		assertThat(this.api.post("oscar", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE")).getBody())
			.containsEntry("status", "VALIDATED")
			.containsEntry("decidedBy", "oscar");
		assertThat(Mailbox.await(smtp, ("[Opencall] " + "Need " + need + " validated")::equals, 1)).hasSize(1);

		String call = CallFixtures.newReference();
		Map<String, Object> callJson = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, call);
		callJson.remove("challenges");
		assertThat(this.api.post("olivia", "/api/calls", callJson).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map<String, Object>> challenge = this.api.post("olivia", "/api/challenges",
				Map.of("programme", CallFixtures.FOUNDING, "title", "Heart failure at home", "description",
						"Detect decompensation before readmission.", "needs", List.of(need)));
		assertThat(challenge.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String challengeId = (String) challenge.getBody().get("id");
		assertThat(this.api.post("olivia", "/api/challenges/" + challengeId + "/attachment", Map.of("call", call))
			.getBody()).containsEntry("callReference", call);

		this.api.post("olivia", "/api/calls/" + call + "/submission", null);
		this.api.post("oscar", "/api/calls/" + call + "/review", Map.of("decision", "APPROVE"));
		openCall(call);

		Map<String, Object> published = this.api.get(null, "/api/calls/" + call).getBody();
		assertThat(published).containsEntry("status", "OPEN");
		List<Map<String, Object>> challenges = list(published.get("challenges"));
		assertThat(challenges).singleElement().satisfies((c) -> {
			assertThat(c).containsEntry("title", "Heart failure at home");
			assertThat(list(c.get("needs"))).singleElement().satisfies((n) -> {
				assertThat(n).containsEntry("reference", need)
					.containsEntry("organisation", "Coimbra University Hospital")
					.containsEntry("currentPractice", "Nurse phone calls every two weeks");
				assertThat(n.get("currentBurden")).as("marked confidential").isNull();
			});
		});
		String page = this.http.getForObject("/calls/" + call, String.class);
		assertThat(page).contains("Nurse phone calls every two weeks").doesNotContain("2.1 million");

		Map<String, Object> traced = this.api.get("nora", "/api/needs/" + need).getBody();
		assertThat(list(traced.get("trace"))).singleElement()
			.satisfies((t) -> assertThat(t).containsEntry("challenge", "Heart failure at home")
				.containsEntry("callReference", call));
	}

	@Test
	void aChallengeTakenOutOfACallDraftCanBeAttachedToAnotherCall() {
		String need = submit("nora");
		this.api.post("olivia", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE"));
		String first = draftCallWithoutChallenges();
		String second = draftCallWithoutChallenges();
		String challenge = (String) this.api
			.post("olivia", "/api/challenges",
					Map.of("programme", CallFixtures.FOUNDING, "title", "Heart failure at home", "needs",
							List.of(need)))
			.getBody()
			.get("id");
		this.api.post("olivia", "/api/challenges/" + challenge + "/attachment", Map.of("call", first));
		assertThat(this.api.post("olivia", "/api/challenges/" + challenge + "/attachment", Map.of("call", second))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		Map<String, Object> revised = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, first);
		revised.remove("challenges");
		assertThat(this.api.put("olivia", "/api/calls/" + first, revised).getStatusCode()).isEqualTo(HttpStatus.OK);
		// the needs module hears it after the revision committed
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.api.get("olivia", "/api/challenges/" + challenge).getBody().get("callReference"))
				.isNull());
		// recorded in the event publication registry, and completed
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from event_publication where event_type like :type"
						+ " and serialized_event like :challenge and completion_date is not null")
				.param("type", "%CallChallengeDetached")
				.param("challenge", "%" + challenge + "%")
				.query(Integer.class)
				.single()).isEqualTo(1));

		assertThat(this.api.post("olivia", "/api/challenges/" + challenge + "/attachment", Map.of("call", second))
			.getBody()).containsEntry("callReference", second);
	}

	@Test
	void missingFieldsAreRefusedFieldByFieldAndNothingIsStored() {
		int before = needCount();
		ResponseEntity<Map<String, Object>> refused = this.api.post("nora", "/api/needs",
				Map.of("title", "", "careSetting", "SPACE", "affectedCount", 0));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).contains("title", "description", "careSetting", "affectedCount", "urgency");
		assertThat(needCount()).isEqualTo(before);
	}

	@Test
	void badAttachmentsAreRefusedAndNothingIsStored() {
		int before = needCount();
		assertAttachmentRefused("notes.txt", "plain text".getBytes(), "must be a PDF");
		assertAttachmentRefused("empty.pdf", new byte[0], "is empty");
		assertAttachmentRefused("..\\evidence.pdf", NeedFixtures.pdf(), "path separators");
		byte[] oversized = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(NeedFixtures.pdf(), 0, oversized, 0, NeedFixtures.pdf().length);
		assertAttachmentRefused("large.pdf", oversized, "larger than 10 MB");
		assertThat(needCount()).isEqualTo(before);
	}

	@Test
	void mergingANeedIntoItselfOrIntoARejectedNeedIsRefused() {
		String need = submit("nora");
		String rejected = submit("nora");
		this.api.post("olivia", "/api/needs/" + rejected + "/triage",
				Map.of("decision", "REJECT", "reason", "Out of scope"));

		ResponseEntity<Map<String, Object>> itself = this.api.post("olivia", "/api/needs/" + need + "/triage",
				Map.of("decision", "DUPLICATE", "duplicateOf", need));
		assertThat(itself.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(itself)).containsExactly("duplicateOf");
		ResponseEntity<Map<String, Object>> intoRejected = this.api.post("olivia", "/api/needs/" + need + "/triage",
				Map.of("decision", "DUPLICATE", "duplicateOf", rejected));
		assertThat(intoRejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.api.get("olivia", "/api/needs/" + need).getBody()).containsEntry("status", "SUBMITTED");
	}

	@Test
	void aNeedThatIsNotValidatedCannotJoinAChallenge() {
		String need = submit("nora");
		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/challenges",
				Map.of("programme", CallFixtures.FOUNDING, "title", "Too early", "needs", List.of(need)));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("needs");
	}

	@Test
	void aChallengeAttachedToACallThatIsNotOneOfTheOfficersIsRefusedNamingTheCall() {
		String need = submit("nora");
		this.api.post("olivia", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE"));
		String challenge = (String) this.api
			.post("olivia", "/api/challenges",
					Map.of("programme", CallFixtures.FOUNDING, "title", "Falls at night", "needs", List.of(need)))
			.getBody()
			.get("id");
		String mirrorCall = CallFixtures.newReference();
		this.api.post("otto", "/api/calls", CallFixtures.remoteMonitoringJson(CallFixtures.MIRROR, mirrorCall));
		for (String call : List.of("NO-SUCH-CALL", mirrorCall, "HC\u0000-1")) {
			ResponseEntity<Map<String, Object>> refused = this.api.post("olivia",
					"/api/challenges/" + challenge + "/attachment", Map.of("call", call));
			assertThat(refused.getStatusCode()).as(call).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(fields(refused)).as(call).containsExactly("call");
		}
		assertThat(this.api.get("olivia", "/api/challenges/" + challenge).getBody()).containsEntry("callReference",
				null);
	}

	@Test
	void aValidatedNeedCanNoLongerBeEdited() {
		String need = submit("nora");
		this.api.post("olivia", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE"));
		Map<String, Object> changed = NeedFixtures.heartFailureAtHomeJson();
		changed.put("title", "Changed after validation");
		ResponseEntity<Map<String, Object>> refused = this.api.put("nora", "/api/needs/" + need, changed);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.api.get("nora", "/api/needs/" + need).getBody()).containsEntry("title",
				NeedFixtures.heartFailureAtHome().title());
	}

	@Test
	void aNeedOwnerSeesOnlyTheirOrganisationsNeedsAndApplicantsNone() {
		String need = submit("nora");
		ensureNeedOwnerOfAnotherHospital("nils");
		assertThat(this.api.get("nils", "/api/needs/" + need).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(list(getList("nils", "/api/needs/mine"))).noneMatch((n) -> need.equals(n.get("reference")));
		assertThat(list(getList("nora", "/api/needs/mine"))).anyMatch((n) -> need.equals(n.get("reference")));
		assertThat(this.api.get("bob", "/api/needs/" + need).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(getStatus("bob", "/api/needs")).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("bob", "/api/needs", NeedFixtures.heartFailureAtHomeJson()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				this.api.post("nora", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theBacklogFiltersByCareSettingUrgencyAndOrganisation() {
		String need = submit("nora");
		this.api.post("olivia", "/api/needs/" + need + "/triage", Map.of("decision", "VALIDATE"));
		String hospital = this.directory.organisationOf("nora").orElseThrow().id().toString();
		assertThat(list(getList("olivia",
				"/api/needs?status=VALIDATED&careSetting=HOME_CARE&urgency=HIGH" + "&organisation=" + hospital)))
			.anyMatch((n) -> need.equals(n.get("reference")));
		assertThat(list(getList("olivia", "/api/needs?status=VALIDATED&careSetting=EMERGENCY")))
			.noneMatch((n) -> need.equals(n.get("reference")));
		assertThat(getStatus("olivia", "/api/needs?urgency=SOON")).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private void assertAttachmentRefused(String name, byte[] content, String reason) {
		ResponseEntity<Map<String, Object>> refused = submitWithPdf("nora", NeedFixtures.heartFailureAtHomeJson(), name,
				content);
		assertThat(refused.getStatusCode()).as(name).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).as(name).containsExactly("attachments[0]");
		assertThat(refused.getBody().toString()).as(name).contains(reason);
	}

	private void ensureNeedOwnerOfAnotherHospital(String userId) {
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			User user = this.identityService.newUser(userId);
			user.setFirstName("Nils");
			user.setLastName("Other");
			user.setEmail(userId + "@other-hospital.example");
			user.setPassword("demo");
			this.identityService.saveUser(user);
			this.identityService.createMembership(userId, "need-owners");
			this.directory.joinOrganisation(userId,
					this.directory.registerOrganisation("Other Hospital", "SE", OrganisationType.HOSPITAL).id());
		}
	}

	private void openCall(String call) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(call)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult()
			.getId();
		Job timer = this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		this.managementService.executeJob(timer.getId());
	}

	private String draftCallWithoutChallenges() {
		String call = CallFixtures.newReference();
		Map<String, Object> json = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, call);
		json.remove("challenges");
		assertThat(this.api.post("olivia", "/api/calls", json).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return call;
	}

	private String submit(String owner) {
		return (String) this.api.post(owner, "/api/needs", NeedFixtures.heartFailureAtHomeJson())
			.getBody()
			.get("reference");
	}

	private int needCount() {
		return this.jdbc.sql("select count(*) from needs").query(Integer.class).single();
	}

	private ResponseEntity<Map<String, Object>> submitWithPdf(String owner, Map<String, Object> need, String name,
			byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		parts.add("need", new HttpEntity<>(need, json));
		parts.add("attachments", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.withBasicAuth(owner, "demo")
			.exchange("/api/needs", HttpMethod.POST, new HttpEntity<>(parts, headers),
					new ParameterizedTypeReference<>() {
					});
	}

	private Object getList(String user, String path) {
		return this.http.withBasicAuth(user, "demo").getForObject(path, List.class);
	}

	private HttpStatus getStatus(String user, String path) {
		return HttpStatus
			.valueOf(this.http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
