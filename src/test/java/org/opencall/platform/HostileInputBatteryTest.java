package org.opencall.platform;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.opencall.ApiTest;
import org.opencall.BasicClient;
import org.opencall.Leaks;
import org.opencall.Multipart;
import org.opencall.PageSession;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageInput;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, systematically, against every JSON body and every page form: into each
 * text field markup, expression language, SQL, a path, control characters, 1 MB of text
 * and (JSON) values of the wrong type; into each number field huge, non-finite, negative
 * and over-precise numbers and text; into each date impossible dates, far years and text.
 * Each answer is either a clean refusal — 400 naming the field; on a page the form again,
 * 400, with the reason beside the field — or, for text that is legitimate content, the
 * text stored as sent (read back through the JSON API) and shown escaped on the page that
 * displays it. No answer is a 5xx or shows SQL, a stack trace or a class name.
 * {@link HostileInputApiTest} keeps the particular findings this battery generalises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputBatteryTest extends ApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Text that may be legitimate content: either refused cleanly or kept as sent. */
	private static final List<String> CONTENT = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"${7*7}", "#{7*7}", "*{T(java.lang.Runtime).getRuntime().exec('id')}", "[[${7*7}]]",
			"'; drop table calls; --", "' or '1'='1", "../../etc/passwd");

	/** Text no field takes: control characters (a bidirectional override too), 1 MB. */
	private static final List<String> UNACCEPTABLE_TEXT = List.of("a\u0000b", "\u0007", "\u202e", "x".repeat(1 << 20));

	/** JSON values of the wrong type for a text field. */
	private static final List<String> NOT_TEXT = List.of("42", "[\"a\"]", "{\"a\": \"b\"}");

	/** As JSON; pages get the same without quotes. */
	private static final List<String> BAD_NUMBERS = List.of("1e999999999", "1e20", "\"NaN\"", "\"Infinity\"", "-1",
			"0.001", "\"text\"");

	/** A fraction where a whole number is meant. */
	private static final String FRACTION = "5.25";

	private static final List<String> BAD_DATES = List.of("\"2027-02-30T10:00\"", "\"+999999999-01-01T09:00\"",
			"\"text\"");

	private static final String PASSWORD = "a long enough secret";

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting proposals;

	@Autowired
	CallDrafting drafting;

	@Autowired
	NeedSubmission needs;

	@Autowired
	NeedTriage triage;

	@Autowired
	ChallengeBuilding challenges;

	@Autowired
	EligibilityDecision eligibility;

	private BasicClient basic;

	private final Map<String, PageSession> sessions = new LinkedHashMap<>();

	/** Objects the battery acts on, made once. */
	private final Map<String, String> subjects = new LinkedHashMap<>();

	/**
	 * Proposals to a closed call waiting for their eligibility decision: the first for
	 * the refusals, the others one per accepted decision.
	 */
	private final List<String> awaitingDecision = new ArrayList<>();

	/** A time at which the open call takes proposals. */
	private Date whileOpen;

	@BeforeAll
	void subjects() {
		this.basic = new BasicClient(this.port);
		for (String copy : List.of("", "-of-form")) {
			this.subjects.put("draft" + copy, callDraft());
			this.subjects.put("awaiting" + copy, awaitingApproval());
			this.subjects.put("need" + copy, need());
			this.subjects.put("in-clarification" + copy, inClarification());
		}
		String validated = need();
		this.triage.triage("olivia", validated, new TriageInput("VALIDATE", null, null, null));
		this.subjects.put("validated", validated);
		this.subjects.put("challenge",
				this.challenges
					.group("olivia", CallFixtures.FOUNDING, "Heart failure at home", null, List.of(validated))
					.id());
		// proposals need calls that opened (and one that closed): the engine clock moves
		CallView closed = this.fixtures.openCall();
		for (int i = 0; i < 2 * CONTENT.size() + 1; i++) {
			this.awaitingDecision.add(this.fixtures.submitted("alice", closed));
		}
		this.fixtures.fireNextTimer(closed.reference());
		for (String proposal : this.awaitingDecision) {
			this.fixtures.runAsyncJobs(proposal);
			this.fixtures.fireNextTimer(proposal);
		}
		CallView open = this.fixtures.openCall();
		this.whileOpen = ClockUtil.getCurrentTime();
		this.subjects.put("open", open.reference());
		for (String copy : List.of("", "-of-form")) {
			this.subjects.put("proposal" + copy,
					this.proposals.draft("alice", open.reference(), SubmissionFixtures.homeMonitoring()));
		}
		// back to today, so that what the battery leaves waits no later than what comes
		// next
		ClockUtil.reset();
		for (String user : List.of("alice", "nora", "olivia", "oscar")) {
			this.sessions.put(user, PageSession.of(user, this.port));
		}
		PageSession anonymous = PageSession.anonymous(this.port);
		anonymous.get("/register");
		this.sessions.put("anonymous", anonymous);
	}

	@AfterAll
	void decideTheLastProposalAndResetTheClock() {
		this.eligibility.decide("oscar", this.awaitingDecision.get(0), true, "Fine.");
		ClockUtil.reset();
	}

	/** Sends a request while the open call takes proposals. */
	private <T> T whileTheCallIsOpen(Supplier<T> request) {
		ClockUtil.setCurrentTime(this.whileOpen);
		try {
			return request.get();
		}
		finally {
			ClockUtil.reset();
		}
	}

	@TestFactory
	Stream<DynamicNode> everyJsonBodyRefusesHostileInputOrKeepsItAsContent() {
		return Stream
			.of(needs(), needEdits(), needsWithAttachments(), needAttachments(), calls(), callRevisions(), proposals(),
					proposalEdits(), documents(), registrations(), expertRegistrations(), invitations(),
					triageReasons(), triageQuestions(), triageDuplicates(), eligibilityDecisions(), callReviews(),
					clarificationAnswers(), challenges(), challengeAttachments())
			.map(JsonBody::cases);
	}

	@TestFactory
	Stream<DynamicNode> everyPageFormRefusesHostileInputBesideItsFieldOrKeepsItAsContent() {
		return Stream
			.of(needForm(), callForm(), proposalForm(), registrationForm(), triageRejectionForm(), triageQuestionForm(),
					eligibilityForm(), reviewForm(), clarificationForm(), challengeForm(), invitationForm())
			.map(PageForm::cases);
	}

	// JSON bodies

	private JsonBody needs() {
		return new JsonBody("POST /api/needs", "nora", "POST", () -> "/api/needs", HostileInputBatteryTest::needJson,
				needFields(), (sent) -> shownNeed(reference(sent.answer()), ""));
	}

	private JsonBody needEdits() {
		String need = this.subjects.get("need");
		return new JsonBody("PUT /api/needs/{need}", "nora", "PUT", () -> "/api/needs/" + need,
				HostileInputBatteryTest::needJson, needFields(), (sent) -> shownNeed(need, ""));
	}

	/** The need as the JSON part of a multipart request, with an attachment. */
	private JsonBody needsWithAttachments() {
		return new JsonBody("POST /api/needs (multipart)", "nora", "POST", () -> "/api/needs",
				HostileInputBatteryTest::needJson, List.of(text("/title"), text("/description"), code("/urgency")),
				(sent) -> shownNeed(reference(sent.answer()), ""))
			.multipart((need) -> Multipart.form()
				.part("need", "application/json", need.toString())
				.file("attachments", "costs.pdf", "application/pdf", NeedFixtures.pdf()));
	}

	/** The file name is the text of an upload. */
	private JsonBody needAttachments() {
		String need = this.subjects.get("need");
		return new JsonBody("POST /api/needs/{need}/attachments", "nora", "POST",
				() -> "/api/needs/" + need + "/attachments", () -> JSON.createObjectNode().put("fileName", "costs.pdf"),
				List.of(upload("/fileName", "attachments[0]")), (sent) -> shownNeed(need, "/attachments/last"))
			.multipart((file) -> Multipart.form()
				.file("file", file.path("fileName").asText(), "application/pdf", NeedFixtures.pdf()));
	}

	private static List<Field> needFields() {
		return List.of(text("/title"), text("/description"), text("/affectedPopulation"), text("/currentPractice"),
				text("/currentBurden"), text("/expectedBenefit"), code("/careSetting"), code("/urgency"),
				code("/confidentialFields/0"), whole("/affectedCount"));
	}

	/**
	 * A need read back by its owner; the field is under the prefix ("last": last item).
	 */
	private Shown shownNeed(String need, String prefix) {
		JsonNode stored = read("nora", "/api/needs/" + need);
		String at = prefix;
		if (prefix.contains("/last")) {
			String list = prefix.substring(0, prefix.indexOf("/last"));
			at = prefix.replace("/last", "/" + (stored.at(list).size() - 1));
		}
		String under = at;
		return new Shown(stored, (field) -> under + field, this.sessions.get("nora"), "/needs/" + need);
	}

	private JsonBody calls() {
		return new JsonBody("POST /api/calls", "olivia", "POST", () -> "/api/calls",
				() -> callJson(CallFixtures.newReference()), callFields(true),
				(sent) -> shownCall(reference(sent.answer())));
	}

	private JsonBody callRevisions() {
		String draft = this.subjects.get("draft");
		return new JsonBody("PUT /api/calls/{draft}", "olivia", "PUT", () -> "/api/calls/" + draft,
				() -> callJson(draft), callFields(false), (sent) -> shownCall(draft));
	}

	private static List<Field> callFields(boolean creates) {
		List<Field> fields = new ArrayList<>(List.of(text("/title"), text("/description"), text("/challenges/0/title"),
				text("/challenges/0/description"), text("/criteria/0/name"), code("/currency"), code("/timeZone"),
				code("/eligibility/countries/0"), code("/eligibility/organisationTypes/0"), number("/totalBudget"),
				number("/maxGrant"), number("/overallThreshold"), number("/criteria/0/threshold"),
				number("/criteria/0/weight"), whole("/evaluatorsPerSubmission"), whole("/eligibility/trlMin"),
				whole("/eligibility/trlMax"), date("/opening"), date("/deadline")));
		if (creates) {
			fields.addAll(List.of(code("/programme"), code("/reference")));
		}
		return fields;
	}

	private Shown shownCall(String call) {
		return new Shown(read("olivia", "/api/calls/" + call), UnaryOperator.identity(), this.sessions.get("olivia"),
				"/officer/calls/" + call);
	}

	private JsonBody proposals() {
		return new JsonBody("POST /api/submissions", "alice", "POST", () -> "/api/submissions", this::proposalJson,
				proposalFields(true), (sent) -> shownProposal(reference(sent.answer())))
			.whileTheCallIsOpen();
	}

	private JsonBody proposalEdits() {
		String proposal = this.subjects.get("proposal");
		return new JsonBody("PUT /api/submissions/{proposal}", "alice", "PUT", () -> "/api/submissions/" + proposal,
				this::proposalJson, proposalFields(false), (sent) -> shownProposal(proposal))
			.whileTheCallIsOpen();
	}

	private static List<Field> proposalFields(boolean creates) {
		List<Field> fields = new ArrayList<>(
				List.of(text("/title"), text("/acronym"), text("/summary"), text("/team"), text("/partners"),
						code("/challenge"), code("/declarations/0"), number("/requestedAmount"), whole("/trl")));
		if (creates) {
			fields.add(code("/call"));
		}
		return fields;
	}

	private Shown shownProposal(String proposal) {
		return new Shown(read("alice", "/api/submissions/" + proposal), (field) -> "/content" + field,
				this.sessions.get("alice"), "/submissions/" + proposal);
	}

	/** The document type and the file name are the text of an upload. */
	private JsonBody documents() {
		String proposal = this.subjects.get("proposal");
		return new JsonBody("POST /api/submissions/{proposal}/documents", "alice", "POST",
				() -> "/api/submissions/" + proposal + "/documents",
				() -> JSON.createObjectNode().put("type", "letter-of-support").put("fileName", "letter.pdf"),
				List.of(upload("/type", "type"), upload("/fileName", "file")), (sent) -> {
					JsonNode stored = read("alice", "/api/submissions/" + proposal);
					String at = "/documents/none";
					for (int i = 0; i < stored.path("documents").size(); i++) {
						if (stored.path("documents").get(i).path("type").asText().equals("letter-of-support")) {
							at = "/documents/" + i;
						}
					}
					String document = at;
					return new Shown(stored, (field) -> document + field, this.sessions.get("alice"),
							"/submissions/" + proposal);
				})
			.multipart((document) -> Multipart.form()
				.field("type", document.path("type").asText())
				.file("file", document.path("fileName").asText(), "application/pdf", NeedFixtures.pdf()))
			.whileTheCallIsOpen();
	}

	/** Registering shows the organisation and its first member to that member. */
	private JsonBody registrations() {
		return new JsonBody("POST /api/registrations", null, "POST", () -> "/api/registrations",
				HostileInputBatteryTest::registrationJson,
				List.of(text("/organisationName"), text("/firstName"), text("/lastName"), secret("/registrationNumber"),
						secret("/password"), code("/country"), code("/organisationType"), code("/userId"),
						code("/email"), code("/invitation")),
				(sent) -> shownRegistration(sent.body().path("userId").asText()));
	}

	/**
	 * Registering in the expert pool: the login's fields and the expertise, terms one by
	 * one.
	 */
	private JsonBody expertRegistrations() {
		return new JsonBody("POST /api/experts", null, "POST", () -> "/api/experts",
				HostileInputBatteryTest::expertRegistrationJson,
				List.of(text("/organisation"), text("/firstName"), text("/lastName"), secret("/password"),
						code("/country"), code("/userId"), code("/email"), code("/invitation"), code("/keywords/0"),
						code("/topics/0"), whole("/maxProposalsPerCall")),
				null);
	}

	private Shown shownRegistration(String user) {
		ResponseEntity<String> mine = this.basic.send(user, PASSWORD, "GET", "/api/organisations/mine", null, null,
				Map.of());
		assertThat(mine.getStatusCode().value()).as("the new member reads their organisation").isEqualTo(200);
		return new Shown(tree(mine.getBody()),
				(field) -> field.endsWith("organisationName") ? "/organisation/name"
						: "/members/0/" + field.replace("/", ""),
				PageSession.of(user, PASSWORD, this.port), "/organisation");
	}

	private JsonBody invitations() {
		return new JsonBody("POST /api/organisations/mine/invitations", "alice", "POST",
				() -> "/api/organisations/mine/invitations",
				() -> JSON.createObjectNode().put("email", "carla@medsense.example"), List.of(code("/email")), null);
	}

	/** Rejecting ends a need's triage: each accepted reason rejects a new need. */
	private JsonBody triageReasons() {
		String need = this.subjects.get("need");
		return new JsonBody("POST /api/needs/{need}/triage (reject)", "olivia", "POST",
				() -> "/api/needs/" + need() + "/triage",
				() -> JSON.createObjectNode().put("decision", "REJECT").put("reason", "Out of scope"),
				List.of(text("/reason"), code("/decision")),
				(sent) -> shownNeed(reference(sent.answer()), "/rejectionReason"))
			.refusalsOn(() -> "/api/needs/" + need + "/triage")
			.readBackWhole();
	}

	/** Asking puts the need in clarification; its owner's answer brings it back. */
	private JsonBody triageQuestions() {
		String need = this.subjects.get("need");
		return new JsonBody("POST /api/needs/{need}/triage (clarify)", "olivia", "POST",
				() -> "/api/needs/" + need + "/triage",
				() -> JSON.createObjectNode().put("decision", "CLARIFY").put("question", "How many beds?"),
				List.of(text("/question")), (sent) -> {
					Shown shown = shownNeed(need, "/clarifications/last/question");
					answer(need, "Forty.");
					return shown;
				})
			.readBackWhole();
	}

	private JsonBody triageDuplicates() {
		String need = this.subjects.get("need");
		return new JsonBody("POST /api/needs/{need}/triage (duplicate)", "olivia", "POST",
				() -> "/api/needs/" + need + "/triage",
				() -> JSON.createObjectNode().put("decision", "DUPLICATE").put("duplicateOf", "N-99999"),
				List.of(code("/duplicateOf")), null);
	}

	/**
	 * A decision ends a proposal's eligibility check: one proposal per accepted comment.
	 */
	private JsonBody eligibilityDecisions() {
		String waiting = this.awaitingDecision.get(0);
		return new JsonBody("POST /api/submissions/{proposal}/eligibility", "oscar", "POST",
				() -> "/api/submissions/" + nextAwaitingDecision() + "/eligibility",
				() -> JSON.createObjectNode().put("eligible", true).put("comment", "Fine."), List.of(text("/comment")),
				(sent) -> new Shown(read("oscar", "/api/submissions/" + reference(sent.answer())),
						(field) -> "/decisionComment", this.sessions.get("oscar"),
						"/officer/submissions/" + reference(sent.answer())))
			.refusalsOn(() -> "/api/submissions/" + waiting + "/eligibility")
			.readBackWhole();
	}

	/** Sending a call back with a comment; its officer submits it again. */
	private JsonBody callReviews() {
		String call = this.subjects.get("awaiting");
		return new JsonBody("POST /api/calls/{awaiting}/review", "oscar", "POST",
				() -> "/api/calls/" + call + "/review",
				() -> JSON.createObjectNode().put("decision", "SEND_BACK").put("comment", "Too vague."),
				List.of(text("/comment"), code("/decision")), (sent) -> {
					Shown shown = new Shown(read("olivia", "/api/calls/" + call), (field) -> "/reviewComment",
							this.sessions.get("olivia"), "/officer/calls/" + call);
					this.drafting.submitForApproval("olivia", call);
					return shown;
				})
			.readBackWhole();
	}

	/** Each accepted answer is followed by a new question. */
	private JsonBody clarificationAnswers() {
		String need = this.subjects.get("in-clarification");
		return new JsonBody("POST /api/needs/{need}/clarification", "nora", "POST",
				() -> "/api/needs/" + need + "/clarification", () -> JSON.createObjectNode().put("answer", "Forty."),
				List.of(text("/answer")), (sent) -> {
					Shown shown = shownNeed(need, "/clarifications/last/answer");
					ask(need);
					return shown;
				})
			.readBackWhole();
	}

	private JsonBody challenges() {
		return new JsonBody("POST /api/challenges", "olivia", "POST", () -> "/api/challenges", () -> {
			ObjectNode challenge = JSON.createObjectNode()
				.put("programme", CallFixtures.FOUNDING)
				.put("title", "Falls at night")
				.put("description", "Detect residents getting up.");
			challenge.putArray("needs").add(this.subjects.get("validated"));
			return challenge;
		}, List.of(text("/title"), text("/description"), code("/programme"), code("/needs/0")),
				(sent) -> shownChallenge(tree(sent.answer().getBody()).path("id").asText()));
	}

	private Shown shownChallenge(String id) {
		return new Shown(read("olivia", "/api/challenges/" + id), UnaryOperator.identity(), this.sessions.get("olivia"),
				"/officer/challenges/" + id);
	}

	private JsonBody challengeAttachments() {
		String challenge = this.subjects.get("challenge");
		return new JsonBody("POST /api/challenges/{challenge}/attachment", "olivia", "POST",
				() -> "/api/challenges/" + challenge + "/attachment",
				() -> JSON.createObjectNode().put("call", this.subjects.get("draft")), List.of(code("/call")), null);
	}

	// page forms

	private PageForm needForm() {
		String need = this.subjects.get("need-of-form");
		return new PageForm("need form", "nora", "/needs/new", () -> formOf(needJson()),
				List.of(text("title"), text("description"), text("affectedPopulation"), text("currentPractice"),
						text("currentBurden"), text("expectedBenefit"), code("careSetting"), code("urgency"),
						code("confidentialFields"), whole("affectedCount")))
			.content(() -> "/needs/" + need + "/edit", (sent) -> shownNeed(need, "/"));
	}

	private PageForm callForm() {
		String draft = this.subjects.get("draft-of-form");
		return new PageForm("call form", "olivia", "/officer/calls/new", () -> {
			MultiValueMap<String, String> form = form("programme", CallFixtures.FOUNDING, "reference",
					CallFixtures.newReference(), "title", "Remote monitoring of chronic patients", "description",
					"Hospitals look for home monitoring.", "challenges[0].title", "Heart failure at home",
					"challenges[0].description", "Detect decompensation early.", "totalBudget", "250000", "maxGrant",
					"50000", "currency", "EUR", "opening", CallFixtures.inDays(10).toString(), "deadline",
					CallFixtures.inDays(40).toString(), "timeZone", "Europe/Lisbon", "evaluatorsPerSubmission", "3");
			form.setAll(Map.of("criteria[0].name", "Excellence", "criteria[0].threshold", "3", "criteria[0].weight",
					"1", "overallThreshold", "3", "eligibleCountries", "PT, SE", "eligibleOrganisationTypes", "SME",
					"trlMin", "4", "trlMax", "8"));
			return form;
		}, List.of(text("title"), text("description"), text("challenges[0].title"), text("challenges[0].description"),
				text("criteria[0].name"), code("currency"), code("timeZone"), code("eligibleCountries"),
				code("eligibleOrganisationTypes"), code("programme"), code("reference"), number("totalBudget"),
				number("maxGrant"), number("overallThreshold"), number("criteria[0].threshold"),
				number("criteria[0].weight"), whole("evaluatorsPerSubmission"), whole("trlMin"), whole("trlMax"),
				date("opening"), date("deadline")))
			.content(() -> "/officer/calls/" + draft + "/edit",
					(sent) -> new Shown(read("olivia", "/api/calls/" + draft),
							(field) -> "/" + field.replace("[", "/").replace("].", "/"), this.sessions.get("olivia"),
							"/officer/calls/" + draft));
	}

	private PageForm proposalForm() {
		String proposal = this.subjects.get("proposal-of-form");
		return new PageForm("proposal form", "alice", "/submissions/new?call=" + this.subjects.get("open"), () -> {
			ObjectNode json = proposalJson();
			json.remove("call");
			return formOf(json);
		}, List.of(text("title"), text("acronym"), text("summary"), text("team"), text("partners"), code("challenge"),
				code("declarations"), number("requestedAmount"), whole("trl")))
			.content(() -> "/submissions/" + proposal,
					(sent) -> new Shown(read("alice", "/api/submissions/" + proposal), (field) -> "/content/" + field,
							this.sessions.get("alice"), "/submissions/" + proposal))
			.whileTheCallIsOpen();
	}

	private PageForm registrationForm() {
		return new PageForm("registration form", "anonymous", "/register", () -> formOf(registrationJson()),
				List.of(text("organisationName"), text("firstName"), text("lastName"), secret("registrationNumber"),
						secret("password"), code("country"), code("organisationType"), code("userId"), code("email"),
						code("invitation")))
			.content(() -> "/register", (sent) -> shownRegistration(sent.form().getFirst("userId")))
			// the token comes with a link: a refused one is said so, with no form to
			// correct
			.refusedWithoutForm("invitation", "id=\"invitation-refused\"");
	}

	/** Each accepted reason rejects a new need. */
	private PageForm triageRejectionForm() {
		String need = this.subjects.get("need-of-form");
		return new PageForm("triage form (reject)", "olivia", "/officer/needs/" + need + "/triage",
				() -> form("decision", "REJECT", "reason", "Out of scope"), List.of(text("reason"), code("decision")))
			.content(() -> "/officer/needs/" + need() + "/triage",
					(sent) -> shownNeed(between(sent.path(), "/officer/needs/", "/"), "/rejectionReason"))
			.readBackWhole();
	}

	private PageForm triageDuplicateForm() {
		String need = this.subjects.get("need-of-form");
		return new PageForm("triage form (duplicate)", "olivia", "/officer/needs/" + need + "/triage",
				() -> form("decision", "DUPLICATE", "duplicateOf", "N-99999"), List.of(code("duplicateOf")));
	}

	private PageForm triageQuestionForm() {
		String need = this.subjects.get("need-of-form");
		return new PageForm("triage form (clarify)", "olivia", "/officer/needs/" + need + "/triage",
				() -> form("decision", "CLARIFY", "question", "How many beds?"), List.of(text("question")))
			.content(() -> "/officer/needs/" + need + "/triage", (sent) -> {
				Shown shown = shownNeed(need, "/clarifications/last/question");
				answer(need, "Forty.");
				return shown;
			})
			.readBackWhole();
	}

	/** One proposal per accepted comment. */
	private PageForm eligibilityForm() {
		String waiting = this.awaitingDecision.get(0);
		return new PageForm("eligibility form", "oscar", "/officer/submissions/" + waiting + "/eligibility",
				() -> form("eligible", "true", "comment", "Fine."), List.of(text("comment"), code("eligible")))
			.content(() -> "/officer/submissions/" + nextAwaitingDecision() + "/eligibility", (sent) -> {
				String proposal = between(sent.path(), "/officer/submissions/", "/");
				return new Shown(read("oscar", "/api/submissions/" + proposal), (field) -> "/decisionComment",
						this.sessions.get("oscar"), "/officer/submissions/" + proposal);
			})
			.readBackWhole();
	}

	private PageForm reviewForm() {
		String call = this.subjects.get("awaiting-of-form");
		return new PageForm("review form", "oscar", "/officer/calls/" + call + "/review",
				() -> form("decision", "SEND_BACK", "comment", "Too vague."),
				List.of(text("comment"), code("decision")))
			.content(() -> "/officer/calls/" + call + "/review", (sent) -> {
				Shown shown = new Shown(read("olivia", "/api/calls/" + call), (field) -> "/reviewComment",
						this.sessions.get("olivia"), "/officer/calls/" + call);
				this.drafting.submitForApproval("olivia", call);
				return shown;
			})
			.readBackWhole();
	}

	private PageForm clarificationForm() {
		String need = this.subjects.get("in-clarification-of-form");
		return new PageForm("clarification form", "nora", "/needs/" + need + "/clarification",
				() -> form("answer", "Forty."), List.of(text("answer")))
			.content(() -> "/needs/" + need + "/clarification", (sent) -> {
				Shown shown = shownNeed(need, "/clarifications/last/answer");
				ask(need);
				return shown;
			})
			.readBackWhole();
	}

	private PageForm challengeForm() {
		return new PageForm("challenge form", "olivia", "/officer/challenges",
				() -> form("programme", CallFixtures.FOUNDING, "title", "Falls at night", "description",
						"Detect residents getting up.", "needs", this.subjects.get("validated")),
				List.of(text("title"), text("description"), code("programme"), code("needs")))
			.content(() -> "/officer/challenges", (sent) -> {
				Shown shown = shownChallenge(String.valueOf(sent.answer().getHeaders().getLocation())
					.replaceAll(".*/officer/challenges/", ""));
				return new Shown(shown.stored(), (field) -> "/" + field, shown.session(), shown.page());
			});
	}

	private PageForm invitationForm() {
		return new PageForm("invitation form", "alice", "/organisation/invitations",
				() -> form("email", "carla@medsense.example"), List.of(code("email")));
	}

	// subjects

	private static ObjectNode needJson() {
		return (ObjectNode) JSON.valueToTree(NeedFixtures.heartFailureAtHomeJson());
	}

	private ObjectNode callJson(String reference) {
		ObjectNode call = (ObjectNode) JSON
			.valueToTree(CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, reference));
		call.put("evaluatorsPerSubmission", 3).put("overallThreshold", 3);
		call.putArray("criteria").addObject().put("name", "Excellence").put("threshold", 3).put("weight", 1);
		ObjectNode eligibility = call.putObject("eligibility").put("trlMin", 4).put("trlMax", 8);
		eligibility.putArray("countries").add("PT").add("SE");
		eligibility.putArray("organisationTypes").add("SME");
		return call;
	}

	private ObjectNode proposalJson() {
		return (ObjectNode) JSON.valueToTree(SubmissionFixtures.homeMonitoringJson(this.subjects.get("open")));
	}

	private static ObjectNode expertRegistrationJson() {
		String user = "zz-expert-" + System.nanoTime() % 100_000_000;
		ObjectNode json = JSON.createObjectNode()
			.put("userId", user)
			.put("firstName", "Hanna")
			.put("lastName", "Hostile")
			.put("email", user + "@hostile.example")
			.put("password", PASSWORD)
			.put("organisation", "Hostile Health Institute")
			.put("country", "PT")
			.put("maxProposalsPerCall", 5)
			.put("confidentiality", true);
		json.putArray("keywords").add("remote monitoring");
		json.putArray("topics").add("digital health");
		return json;
	}

	private static ObjectNode registrationJson() {
		// after the demo cast in any list ordered by user id (Admin's first page shows
		// them)
		String user = "zz-hostile-" + System.nanoTime() % 100_000_000;
		return JSON.createObjectNode()
			.put("organisationName", "Hostile Health " + user)
			.put("country", "PT")
			.put("organisationType", "SME")
			.put("registrationNumber", "PT-" + user)
			.put("userId", user)
			.put("firstName", "Hugo")
			.put("lastName", "Hostile")
			.put("email", user + "@hostile.example")
			.put("password", PASSWORD);
	}

	private String callDraft() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		return reference;
	}

	private String awaitingApproval() {
		String reference = callDraft();
		this.drafting.submitForApproval("olivia", reference);
		return reference;
	}

	private String need() {
		return this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
	}

	private String inClarification() {
		String need = need();
		ask(need);
		return need;
	}

	private void ask(String need) {
		this.triage.triage("olivia", need, new TriageInput("CLARIFY", null, "How many beds?", null));
	}

	private void answer(String need, String answer) {
		ResponseEntity<String> answered = this.basic.json("nora", "POST", "/api/needs/" + need + "/clarification",
				JSON.createObjectNode().put("answer", answer).toString());
		assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(200);
	}

	private String nextAwaitingDecision() {
		assertThat(this.awaitingDecision).as("proposals left to decide").hasSizeGreaterThan(1);
		return this.awaitingDecision.remove(this.awaitingDecision.size() - 1);
	}

	private JsonNode read(String user, String path) {
		ResponseEntity<String> answer = this.basic.json(user, "GET", path, null);
		assertThat(answer.getStatusCode().value()).as("read back " + path + ": " + answer.getBody()).isEqualTo(200);
		return tree(answer.getBody());
	}

	private static String reference(ResponseEntity<String> answer) {
		return tree(answer.getBody()).path("reference").asText();
	}

	private static JsonNode tree(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("not JSON: " + abbreviated(json), ex);
		}
	}

	private static MultiValueMap<String, String> form(String... fieldsAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			form.add(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		return form;
	}

	/** A JSON body as the form that sends the same. */
	private static MultiValueMap<String, String> formOf(ObjectNode json) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		json.fields().forEachRemaining((field) -> {
			if (field.getValue().isArray()) {
				field.getValue().forEach((value) -> form.add(field.getKey(), value.asText()));
			}
			else {
				form.add(field.getKey(), field.getValue().asText());
			}
		});
		return form;
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

	/** The text a JSON value carries, as a server might echo it. */
	private static String sentText(String json) {
		return json.startsWith("\"") ? tree(json).asText() : json;
	}

	/** Puts a JSON value, written as JSON text, at a pointer whose parent exists. */
	private static void set(ObjectNode body, String pointer, String json) {
		int last = pointer.lastIndexOf('/');
		JsonNode parent = body.at(pointer.substring(0, last));
		String step = pointer.substring(last + 1);
		// numbers as written (1e999999999 has no double); everything else as parsed
		JsonNode value = (json.startsWith("\"") || json.startsWith("[") || json.startsWith("{")) ? tree(json)
				: JSON.getNodeFactory().rawValueNode(new RawValue(json));
		if (parent instanceof ObjectNode object) {
			object.set(step, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(step), value);
		}
		else {
			throw new IllegalArgumentException("No " + pointer + " in " + body);
		}
	}

	// what an answer must be

	/** No 5xx, and nothing of the server's own beyond what was sent, echoed. */
	private static void assertNoLeak(String what, ResponseEntity<String> answer, String sent) {
		assertThat(answer.getStatusCode().value()).as(what + " answered " + abbreviated(answer.getBody()))
			.isLessThan(500);
		// echoed as sent, escaped for HTML (Leaks does that) or escaped within JSON
		Leaks.assertNone(what, answer.getBody(), sent, Field.unquoted(Field.quoted(sent)));
	}

	private static void assertRefusedNaming(String what, ResponseEntity<String> answer, String field, String sent) {
		assertNoLeak(what, answer, sent);
		assertThat(answer.getStatusCode().value()).as(what + " answered " + abbreviated(answer.getBody()))
			.isEqualTo(400);
		List<String> named = new ArrayList<>();
		tree(answer.getBody()).path("errors").forEach((error) -> named.add(error.path("field").asText()));
		// a refusal may name the list an item is in (needs for needs[0]), and an upload
		// the
		// server could not take apart is refused as the upload
		assertThat(named).as(what + " names the field: " + abbreviated(answer.getBody()))
			.anyMatch((name) -> name.equals(field) || field.startsWith(name + "[") || name.equals("upload"));
	}

	private static void assertFormAgain(String what, ResponseEntity<String> page, String action, String sent) {
		assertNoLeak(what, page, sent);
		assertThat(page.getStatusCode().value())
			.as(what + " answered " + page.getHeaders().getLocation() + " " + abbreviated(page.getBody()))
			.isEqualTo(400);
		assertThat(page.getBody()).as(what + " shows the form again, the reason beside the field")
			.contains("action=\"" + action.replace("&", "&amp;") + "\"")
			.contains("class=\"field-error\"");
	}

	private void assertStoredAndEscaped(String what, Shown shown, String field, String sent) {
		assertThat(shown.stored().at(shown.where().apply(field)).asText())
			.as(what + " is stored as sent at " + shown.where().apply(field) + " of "
					+ abbreviated(shown.stored().toString()))
			.isEqualTo(sent);
		ResponseEntity<String> page = shown.session().get(shown.page());
		assertNoLeak(what + " shown on " + shown.page(), page, sent);
		assertThat(page.getStatusCode().value()).as(what + " shown on " + shown.page()).isEqualTo(200);
		assertThat(page.getBody()).as(what + " is shown escaped on " + shown.page())
			.contains(HtmlUtils.htmlEscape(sent));
		if (sent.contains("<")) {
			assertThat(page.getBody()).as(what + " is never shown raw on " + shown.page()).doesNotContain(sent);
		}
	}

	private static String abbreviated(String body) {
		String text = String.valueOf(body).replaceAll("\\s+", " ");
		return (text.length() > 400) ? text.substring(0, 400) + "…" : text;
	}

	private static String label(String value) {
		String shown = (value.length() > 60) ? value.length() + " characters" : value;
		return shown.replace("\u0000", "\\u0000").replace("\u0007", "\\u0007").replace("\u202e", "\\u202e");
	}

	// the battery's vocabulary

	private enum Kind {

		/** Free text: content is kept as sent. */
		TEXT,
		/** Text with a format (a code, a reference, an address): content is refused. */
		CODE,
		/**
		 * Text never shown again (a password, a number kept for checks): kept or refused.
		 */
		SECRET,
		/** The text of an upload (a file name, a type): no JSON types to get wrong. */
		UPLOAD, NUMBER, WHOLE, DATE

	}

	/**
	 * A field: its JSON pointer or form field name, its kind, and the name a refusal
	 * gives it.
	 */
	private record Field(String path, Kind kind, String refusedAs) {

		/** The values refused outright, as JSON or as form text. */
		List<String> refused(boolean json) {
			List<String> values = new ArrayList<>();
			switch (this.kind) {
				case TEXT, CODE, SECRET, UPLOAD -> {
					UNACCEPTABLE_TEXT.forEach((text) -> values.add(json ? quoted(text) : text));
					if (json && this.kind != Kind.UPLOAD) {
						values.addAll(NOT_TEXT);
					}
				}
				case NUMBER, WHOLE -> {
					BAD_NUMBERS.forEach((number) -> values.add(json ? number : unquoted(number)));
					if (this.kind == Kind.WHOLE) {
						values.add(FRACTION);
					}
				}
				case DATE -> BAD_DATES.forEach((date) -> values.add(json ? date : unquoted(date)));
			}
			if (this.kind == Kind.CODE) {
				CONTENT.forEach((text) -> values.add(json ? quoted(text) : text));
			}
			return values;
		}

		/** Content that is either refused or kept as sent. */
		List<String> content() {
			return (this.kind == Kind.TEXT || this.kind == Kind.SECRET || this.kind == Kind.UPLOAD) ? CONTENT
					: List.of();
		}

		private static String quoted(String text) {
			try {
				return JSON.writeValueAsString(text);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String unquoted(String json) {
			return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
		}

	}

	/**
	 * challenges[0].title for /challenges/0/title, eligibility.trlMin for
	 * /eligibility/trlMin.
	 */
	private static Field field(String path, Kind kind) {
		String refusedAs = path.startsWith("/") ? path.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.')
				: path;
		return new Field(path, kind, refusedAs);
	}

	private static Field text(String path) {
		return field(path, Kind.TEXT);
	}

	private static Field code(String path) {
		return field(path, Kind.CODE);
	}

	private static Field secret(String path) {
		return field(path, Kind.SECRET);
	}

	private static Field number(String path) {
		return field(path, Kind.NUMBER);
	}

	private static Field whole(String path) {
		return field(path, Kind.WHOLE);
	}

	private static Field date(String path) {
		return field(path, Kind.DATE);
	}

	/** A text part of an upload, refused under the name of the part. */
	private static Field upload(String path, String refusedAs) {
		return new Field(path, Kind.UPLOAD, refusedAs);
	}

	/** What was sent: where, the JSON body or the form, and the answer. */
	private record Sent(String path, JsonNode body, MultiValueMap<String, String> form, ResponseEntity<String> answer) {
	}

	/**
	 * Where accepted content is read back: the object through the JSON API, where the
	 * field is in it, and the page that shows it, read in whose session.
	 */
	private record Shown(JsonNode stored, UnaryOperator<String> where, PageSession session, String page) {
	}

	/** A JSON body: where it goes, a valid one, its fields, and where it is shown. */
	private final class JsonBody {

		private final String name;

		private final String user;

		private final String method;

		private final Supplier<String> path;

		private final Supplier<ObjectNode> valid;

		private final List<Field> fields;

		private final Function<Sent, Shown> shown;

		private Supplier<String> refusalPath;

		private Function<ObjectNode, Multipart> multipart;

		private boolean readBackWhole;

		private boolean whileOpen;

		JsonBody(String name, String user, String method, Supplier<String> path, Supplier<ObjectNode> valid,
				List<Field> fields, Function<Sent, Shown> shown) {
			this.name = name;
			this.user = user;
			this.method = method;
			this.path = path;
			this.refusalPath = path;
			this.valid = valid;
			this.fields = fields;
			this.shown = shown;
		}

		/** Refusals act on this subject; content on the one the path names each time. */
		JsonBody refusalsOn(Supplier<String> path) {
			this.refusalPath = path;
			return this;
		}

		/** Sent as a multipart request built from the JSON. */
		JsonBody multipart(Function<ObjectNode, Multipart> parts) {
			this.multipart = parts;
			return this;
		}

		/** The read-back says where the field is by itself. */
		JsonBody readBackWhole() {
			this.readBackWhole = true;
			return this;
		}

		/** Sent while the open call takes proposals. */
		JsonBody whileTheCallIsOpen() {
			this.whileOpen = true;
			return this;
		}

		DynamicContainer cases() {
			List<DynamicNode> cases = new ArrayList<>();
			for (Field field : this.fields) {
				for (String value : field.refused(true)) {
					String what = this.name + " " + field.refusedAs() + " ← " + label(value);
					cases.add(DynamicTest.dynamicTest(what, () -> assertRefusedNaming(what,
							send(this.refusalPath.get(), field, value).answer(), field.refusedAs(), sentText(value))));
				}
				for (String text : field.content()) {
					String what = this.name + " " + field.refusedAs() + " ← " + label(text) + " (content)";
					cases.add(DynamicTest.dynamicTest(what, () -> {
						Sent sent = send(this.path.get(), field, Field.quoted(text));
						if (sent.answer().getStatusCode().value() == 400) {
							assertRefusedNaming(what, sent.answer(), field.refusedAs(), text);
							return;
						}
						assertNoLeak(what, sent.answer(), text);
						assertThat(sent.answer().getStatusCode().is2xxSuccessful())
							.as(what + " answered " + abbreviated(sent.answer().getBody()))
							.isTrue();
						if (field.kind() != Kind.SECRET && this.shown != null) {
							assertStoredAndEscaped(what, this.shown.apply(sent), this.readBackWhole ? "" : field.path(),
									text);
						}
					}));
				}
			}
			return DynamicContainer.dynamicContainer(this.name, cases);
		}

		private Sent send(String path, Field field, String value) {
			ObjectNode body = this.valid.get();
			set(body, field.path(), value);
			BasicClient client = HostileInputBatteryTest.this.basic;
			Supplier<ResponseEntity<String>> request = (this.multipart != null) ? () -> {
				Multipart parts = this.multipart.apply(body);
				return client.send(this.user, "demo", this.method, path, parts.contentType(), parts.bytes(), Map.of());
			} : () -> client.json(this.user, this.method, path, body.toString());
			return new Sent(path, body, null,
					this.whileOpen ? HostileInputBatteryTest.this.whileTheCallIsOpen(request) : request.get());
		}

	}

	/**
	 * A page form: where it is posted, a valid one, its fields, and where it is shown.
	 */
	private final class PageForm {

		private final String name;

		private final String user;

		private final String refusalPath;

		private final Supplier<MultiValueMap<String, String>> valid;

		private final List<Field> fields;

		private Supplier<String> contentPath;

		private Function<Sent, Shown> shown;

		private final Map<String, String> refusedWithoutForm = new LinkedHashMap<>();

		private boolean readBackWhole;

		private boolean whileOpen;

		PageForm(String name, String user, String refusalPath, Supplier<MultiValueMap<String, String>> valid,
				List<Field> fields) {
			this.name = name;
			this.user = user;
			this.refusalPath = refusalPath;
			this.valid = valid;
			this.fields = fields;
		}

		/** The read-back says where the field is by itself. */
		PageForm readBackWhole() {
			this.readBackWhole = true;
			return this;
		}

		/** Posted while the open call takes proposals. */
		PageForm whileTheCallIsOpen() {
			this.whileOpen = true;
			return this;
		}

		private ResponseEntity<String> post(PageSession session, String path, MultiValueMap<String, String> form) {
			return this.whileOpen ? HostileInputBatteryTest.this.whileTheCallIsOpen(() -> session.post(path, form))
					: session.post(path, form);
		}

		/** A refused value of this field is shown with this mark, not the form again. */
		PageForm refusedWithoutForm(String field, String mark) {
			this.refusedWithoutForm.put(field, mark);
			return this;
		}

		/** Content is posted where this names each time, and read back so. */
		PageForm content(Supplier<String> path, Function<Sent, Shown> shown) {
			this.contentPath = path;
			this.shown = shown;
			return this;
		}

		DynamicContainer cases() {
			List<DynamicNode> cases = new ArrayList<>();
			PageSession session = HostileInputBatteryTest.this.sessions.get(this.user);
			for (Field field : this.fields) {
				for (String value : field.refused(false)) {
					String what = this.name + " " + field.path() + " ← " + label(value);
					cases.add(DynamicTest.dynamicTest(what, () -> {
						MultiValueMap<String, String> form = this.valid.get();
						form.set(field.path(), value);
						ResponseEntity<String> page = post(session, this.refusalPath, form);
						String mark = this.refusedWithoutForm.get(field.path());
						if (mark != null && page.getStatusCode().value() == 400
								&& !page.getBody().contains("action=\"" + this.refusalPath + "\"")) {
							assertNoLeak(what, page, value);
							assertThat(page.getBody()).as(what + " says why").contains(mark);
							return;
						}
						assertFormAgain(what, page, this.refusalPath, value);
					}));
				}
				if (this.contentPath == null) {
					continue;
				}
				for (String text : field.content()) {
					String what = this.name + " " + field.path() + " ← " + label(text) + " (content)";
					cases.add(DynamicTest.dynamicTest(what, () -> {
						String path = this.contentPath.get();
						MultiValueMap<String, String> form = this.valid.get();
						form.set(field.path(), text);
						ResponseEntity<String> answer = post(session, path, form);
						if (answer.getStatusCode().value() == 400) {
							assertFormAgain(what, answer, path, text);
							return;
						}
						assertNoLeak(what, answer, text);
						assertThat(answer.getStatusCode().value())
							.as(what + " answered " + abbreviated(answer.getBody()))
							.isEqualTo(302);
						if (field.kind() != Kind.SECRET) {
							assertStoredAndEscaped(what, this.shown.apply(new Sent(path, null, form, answer)),
									this.readBackWhole ? "" : field.path(), text);
						}
					}));
				}
			}
			return DynamicContainer.dynamicContainer(this.name, cases);
		}

	}

}
