package org.opencall.evaluation.web;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.Problems;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.evaluation.AcceptedExpert;
import org.opencall.evaluation.ExpertPanel;
import org.opencall.identity.Roles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert pool and a call's invitations through the HTTP API, as the people involved
 * use it: an expert registers, an officer approves them and invites them to a call, the
 * expert answers in the engine's task (as Tasklist would), or lets the deadline pass; the
 * mails go out.
 */
class ExpertPoolApiTest extends ApiTest {

	private static final String PASSWORD = "correct horse battery";

	private static final Pattern POOL_LINK = Pattern.compile("/experts/register\\?invitation=([A-Za-z0-9_-]+)");

	@Autowired
	CallDrafting drafting;

	@Autowired
	ExpertPanel panel;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aRegisteredExpertIsApprovedInvitedAndAcceptsTheirTaskThroughTheEngineApi() {
		String ines = unique("ines");
		ResponseEntity<Map<String, Object>> registered = this.api.post(null, "/api/experts", registration(ines));
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(registered.getBody()).containsEntry("status", "PENDING_APPROVAL");
		assertThat(groups(ines)).contains(Roles.EXPERTS).doesNotContain(Roles.EVALUATORS);
		assertThat(as(ines, HttpMethod.GET, "/api/experts/me", null).getBody()).containsEntry("statusLabel",
				"Awaiting approval");

		String call = draftedCall();
		ResponseEntity<Map<String, Object>> tooEarly = invite("olivia", call, ines);
		assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(tooEarly)).containsExactly("experts[0]");

		ResponseEntity<Map<String, Object>> approved = this.api.post("olivia", "/api/experts/" + ines + "/approval",
				Map.of());
		assertThat(approved.getBody()).containsEntry("status", "APPROVED").containsEntry("decidedBy", "olivia");
		assertThat(groups(ines)).contains(Roles.EVALUATORS);
		assertThat(mailTo(ines + "@experts.example", "You are in the expert pool")).isNotNull();

		assertThat(invite("olivia", call, ines).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		MimeMessage invitationMail = mailTo(ines + "@experts.example", "Invitation to evaluate call " + call);
		assertThat(invitationMail).isNotNull();

		List<Map<String, Object>> tasks = tasksOf(ines);
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0)).containsEntry("name", "Accept invitation — Remote monitoring of chronic patients");
		String taskId = (String) tasks.get(0).get("id");

		ResponseEntity<Map<String, Object>> noReason = as(ines, HttpMethod.POST,
				"/engine-rest/task/" + taskId + "/complete", completion("decline", ""));
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(noReason)).containsExactly("reason");
		assertThat(invitationStatus(call, ines)).isEqualTo("INVITED");

		ResponseEntity<Map<String, Object>> foreign = as(ines, HttpMethod.POST,
				"/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("decision", Map.of("value", "accept"), "expert", Map.of("value", "eva"))));
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(foreign)).containsExactly("expert");

		assertThat(as(ines, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", completion("accept", ""))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(invitationStatus(call, ines)).isEqualTo("ACCEPTED");
		assertThat(this.panel.acceptedExperts(call)).extracting(AcceptedExpert::username).containsExactly(ines);
		assertThat(tasksOf(ines)).isEmpty();
	}

	@Test
	void aDeclineReachesTheCallsOfficersWithItsReason() {
		String call = draftedCall();
		assertThat(invite("oscar", call, "emil").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String invitation = openInvitationOf("emil", call);

		ResponseEntity<Map<String, Object>> refused = as("emil", HttpMethod.POST,
				"/api/experts/me/invitations/" + invitation + "/answer", Map.of("decision", "decline"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(refused)).containsExactly("reason");

		ResponseEntity<Map<String, Object>> declined = as("emil", HttpMethod.POST,
				"/api/experts/me/invitations/" + invitation + "/answer",
				Map.of("decision", "decline", "reason", "I advise one of the applicants"));
		assertThat(declined.getBody()).containsEntry("status", "DECLINED")
			.containsEntry("declineReason", "I advise one of the applicants");

		MimeMessage toOlivia = mailTo("olivia@opencall.example",
				"Emil Johansson declined the invitation to call " + call);
		assertThat(toOlivia).isNotNull();
		assertThat(body(toOlivia)).contains("I advise one of the applicants");
		assertThat(mailTo("oscar@opencall.example", "Emil Johansson declined the invitation to call " + call))
			.isNotNull();
	}

	@Test
	void anUnansweredInvitationLapsesAtItsDeadlineAndTheOfficersHear() {
		String call = draftedCall();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("experts", List.of("elena"));
		request.put("respondWithinDays", 2);
		assertThat(this.http.withBasicAuth("olivia", "demo")
			.postForEntity("/api/calls/" + call + "/experts", request, Object.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String invitation = openInvitationOf("elena", call);
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(invitation)
			.singleResult()
			.getId();
		Job deadline = this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult();

		ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 1000));
		this.managementService.executeJob(deadline.getId());

		assertThat(invitationStatus(call, "elena")).isEqualTo("LAPSED");
		assertThat(mailTo("olivia@opencall.example", "Invitation to call " + call + " lapsed")).isNotNull();
		ResponseEntity<Map<String, Object>> late = as("elena", HttpMethod.POST,
				"/api/experts/me/invitations/" + invitation + "/answer", Map.of("decision", "accept"));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void anOfficerInvitesSomeoneToThePoolWhoRegistersWithTheMailedLinkAndAwaitsApproval() {
		String address = unique("ivo") + "@lab.example";
		assertThat(this.api.post("oscar", "/api/experts/invitations", Map.of("email", address)).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);
		MimeMessage mail = mailTo(address, "Invitation to join the Opencall expert pool");
		Matcher link = POOL_LINK.matcher(body(mail));
		assertThat(link.find()).isTrue();

		String ivo = unique("ivo");
		Map<String, Object> registration = registration(ivo);
		registration.put("email", "someone-else@example.org");
		registration.put("invitation", link.group(1));
		ResponseEntity<Map<String, Object>> registered = this.api.post(null, "/api/experts", registration);

		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(registered.getBody()).containsEntry("email", address).containsEntry("status", "PENDING_APPROVAL");
		Map<String, Object> again = registration(unique("reuse"));
		again.put("invitation", link.group(1));
		assertThat(this.api.post(null, "/api/experts", again).getStatusCode()).as("the link works once")
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aBadRegistrationNamesEveryWrongFieldAndCreatesNoLogin() {
		String max = unique("max");
		Map<String, Object> registration = registration(max);
		registration.put("country", "Atlantis");
		registration.put("keywords", List.of("fine", "<b>bold</b>"));
		registration.put("confidentiality", false);
		registration.put("password", "short");

		ResponseEntity<Map<String, Object>> refused = this.api.post(null, "/api/experts", registration);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(refused)).containsExactlyInAnyOrder("password", "country", "keywords[1]",
				"confidentiality");
		assertThat(this.identityService.createUserQuery().userId(max).count()).isZero();
	}

	@Test
	void anOfficerRejectsWithAReasonAndTheExpertReadsIt() {
		String rita = unique("rita");
		this.api.post(null, "/api/experts", registration(rita));

		ResponseEntity<Map<String, Object>> noReason = this.api.post("olivia", "/api/experts/" + rita + "/rejection",
				Map.of("reason", ""));
		assertThat(Problems.fields(noReason)).containsExactly("reason");
		this.api.post("olivia", "/api/experts/" + rita + "/rejection", Map.of("reason", "Not independent"));

		assertThat(as(rita, HttpMethod.GET, "/api/experts/me", null).getBody()).containsEntry("status", "REJECTED")
			.containsEntry("decisionReason", "Not independent");
		assertThat(groups(rita)).doesNotContain(Roles.EVALUATORS);
		assertThat(list("aude", "/api/experts")).anyMatch((expert) -> rita.equals(expert.get("userId"))
				&& "Not independent".equals(expert.get("decisionReason")));
	}

	private String draftedCall() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		return reference;
	}

	/** Invites; answers the status, and the problem's fields when refused. */
	private ResponseEntity<Map<String, Object>> invite(String officer, String call, String expert) {
		ResponseEntity<Object> answer = this.http.withBasicAuth(officer, "demo")
			.postForEntity("/api/calls/" + call + "/experts", Map.of("experts", List.of(expert)), Object.class);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (answer.getBody() instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
		return new ResponseEntity<>(body, answer.getStatusCode());
	}

	@SuppressWarnings("unchecked")
	private String invitationStatus(String call, String expert) {
		List<Map<String, Object>> invitations = (List<Map<String, Object>>) this.api
			.get("olivia", "/api/calls/" + call + "/experts")
			.getBody()
			.get("invitations");
		return invitations.stream()
			.filter((i) -> expert.equals(i.get("expert")))
			.map((i) -> (String) i.get("status"))
			.findFirst()
			.orElseThrow();
	}

	private String openInvitationOf(String expert, String call) {
		List<Map<String, Object>> own = list(expert, "/api/experts/me/invitations");
		return own.stream()
			.filter((i) -> call.equals(i.get("callReference")))
			.map((i) -> (String) i.get("id"))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> tasksOf(String user) {
		return list(user, "/engine-rest/task?processDefinitionKey=expert-invitation&assignee=" + user);
	}

	private List<Map<String, Object>> list(String user, String path) {
		return this.http.withBasicAuth(user, password(user))
			.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.getBody();
	}

	private ResponseEntity<Map<String, Object>> as(String user, HttpMethod method, String path, Object body) {
		return this.http.withBasicAuth(user, password(user))
			.exchange(path, method, (body != null) ? new HttpEntity<>(body) : null,
					new ParameterizedTypeReference<Map<String, Object>>() {
					});
	}

	private static String password(String user) {
		return List.of("eva", "emil", "elena", "erik", "aude", "olivia").contains(user) ? "demo" : PASSWORD;
	}

	private java.util.Set<String> groups(String user) {
		return this.identityService.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(org.camunda.bpm.engine.identity.Group::getId)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static Map<String, Object> completion(String decision, String reason) {
		return Map.of("variables", Map.of("decision", Map.of("value", decision), "reason", Map.of("value", reason)));
	}

	/**
	 * The mail with this subject to this address, once it arrived (or null after ten
	 * seconds).
	 */
	private MimeMessage mailTo(String address, String subject) {
		long until = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < until) {
			MimeMessage found = Mailbox.await(smtp, (s) -> s.contains(subject), 1)
				.stream()
				.filter((m) -> Mailbox.recipient(m).equals(address))
				.findFirst()
				.orElse(null);
			if (found != null) {
				return found;
			}
			smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
		}
		return null;
	}

	private static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> registration(String userId) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("userId", userId);
		json.put("firstName", "Ines");
		json.put("lastName", "Costa");
		json.put("email", userId + "@experts.example");
		json.put("password", PASSWORD);
		json.put("organisation", "Fraunhofer Portugal");
		json.put("country", "PT");
		json.put("keywords", List.of("remote monitoring", "HL7 FHIR"));
		json.put("topics", List.of("digital health"));
		json.put("maxProposalsPerCall", 5);
		json.put("confidentiality", true);
		return json;
	}

	private static String unique(String name) {
		return name + System.nanoTime() % 1_000_000_000;
	}

}
