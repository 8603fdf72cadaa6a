package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.PageSession;
import org.opencall.contracting.process.ContractingProcess;
import org.opencall.platform.PageFormat;
import org.opencall.identity.Directory;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.FundingDecided;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencall.Problems.fields;

/**
 * From the funding decision to signed grants through the HTTP API: a grant opens for each
 * selected proposal (once), its agreement is drafted under its rules, prepared by one
 * officer and approved by another, mailed with its PDF; a decline promotes the first
 * reserve proposal that fits, a missed deadline (after a reminder) the next, until the
 * reserve list is exhausted; a signed agreement is amended by two officers, never beyond
 * the call's budget.
 */
class ContractingApiTest extends ApiTest {

	private static final String REASON = "The hospital's ethics board needs two more months for the pilot";

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	GrantOpening opening;

	@Autowired
	SignedGrants signedGrants;

	@Autowired
	RecordedGrantEvents events;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Directory directory;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void selectedProposalsBecomeGrantsAndADeclineOrALapsePromotesTheReserveList() throws Exception {
		// budget 89,000: alice (48,000) and bob (40,000) fit; carla's 40,000 draws the
		// line, she and david (30,000) form the reserve list
		Evaluated call = this.calls.evaluated("89000",
				List.of(new Proposal("alice", "48000", "4.5", "4", "4"), new Proposal("bob", "40000", "4", "4", "4"),
						new Proposal("carla", "40000", "4", "4", "3.5"),
						new Proposal("david", "30000", "4", "3.5", "3.5")));
		decide(call);
		String alice = grantOf("alice", call);
		String bob = grantOf("bob", call);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(grantsOf(call)).hasSize(2));
		assertThat(grantsOf(call)).extracting((g) -> g.get("reference")).containsExactlyInAnyOrder(alice, bob);
		assertThat(waitingAt(alice)).isEqualTo(ContractingProcess.TASK_PREPARE);

		// a second decision event opens nothing more
		this.opening.on(new FundingDecided(call.reference()));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(grantsOf(call)).hasSize(2));

		// each company reads its own grant only; officers of other programmes nothing
		assertThat(this.api.get("bob", "/api/grants/" + alice).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("otto", "/api/grants/" + alice).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("alice", "/api/grants/" + alice).getBody()).doesNotContainKey("agreement")
			.containsEntry("status", "PREPARING");

		// the pages: the officer's edit page refuses a bad plan beside its field, the
		// company waits for its offer, the home pages list the work
		PageSession peter = session("peter");
		assertThat(peter.get("/grants/" + alice + "/agreement").getBody()).contains("Payment plan")
			.contains("instalments[2].percent");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("amount", "48000");
		form.put("startDate", "2027-03-01");
		form.put("durationMonths", "12");
		form.put("milestones[0].title", "Mid-term review");
		form.put("milestones[0].deliverable", "Pilot set up");
		form.put("milestones[0].dueDate", "2027-08-31");
		form.put("milestones[1].title", "Final report");
		form.put("milestones[1].deliverable", "Pilot results");
		form.put("milestones[1].dueDate", "2028-02-29");
		form.put("instalments[0].trigger", "SIGNATURE");
		form.put("instalments[0].percent", "40");
		form.put("instalments[1].trigger", "MILESTONE");
		form.put("instalments[1].milestone", "1");
		form.put("instalments[1].percent", "45");
		form.put("instalments[2].trigger", "MILESTONE");
		form.put("instalments[2].milestone", "2");
		form.put("instalments[2].percent", "ten");
		ResponseEntity<String> badPage = peter.post("/grants/" + alice + "/agreement", form);
		assertThat(badPage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badPage.getBody()).contains("must be a number");
		assertThat(peter.get("/grants").getBody()).contains(alice).contains(bob);
		assertThat(peter.get("/").getBody()).contains("Grant agreements").contains("Prepare the agreement");
		PageSession alicePages = session("alice");
		assertThat(alicePages.get("/grants/" + alice).getBody()).contains("being prepared")
			.doesNotContain("accept-form");
		assertThat(alicePages.get("/grants").getBody()).contains(alice).doesNotContain(bob);

		// bad drafts are refused naming the field, and change nothing
		String agreement = "/api/grants/" + alice + "/agreement";
		assertThat(fields(this.api.put("peter", agreement, draft("48000", "40", "45", "10", "2028-02-29"))))
			.containsExactly("instalments");
		assertThat(fields(this.api.put("peter", agreement, draft("48000", "40", "45", "15", "2028-03-15"))))
			.containsExactly("milestones[1].dueDate");
		assertThat(fields(this.api.put("peter", agreement, draft("49000", "40", "45", "15", "2028-02-29"))))
			.containsExactly("amount");
		assertThat(this.api.put("alice", agreement, draft("48000", "40", "45", "15", "2028-02-29")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, Object> unchanged = agreementOf("peter", alice);
		assertThat(unchanged.get("startDate")).isNotEqualTo("2027-03-01");
		assertThat(list(unchanged.get("indicators"))).isEmpty();
		Map<String, Object> drafted = map(
				this.api.put("peter", agreement, draft("48000", "40", "45", "15", "2028-02-29"))
					.getBody()
					.get("agreement"));
		assertThat(list(drafted.get("instalments"))).extracting((i) -> new BigDecimal(i.get("amount").toString()))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("19200"), new BigDecimal("21600"), new BigDecimal("7200"));

		// four eyes: peter prepares, cannot approve, pia approves and it is offered
		offer(alice);
		assertThat(this.api.get("alice", "/api/grants/" + alice).getBody().get("status")).isEqualTo("OFFERED");
		MimeMessage offer = mailTo("alice@", "Grant agreement " + alice + " offered");
		byte[] pdf = attachments(offer).get("grant-agreement-" + alice + ".pdf");
		assertThat(pdf).isNotNull();
		assertThat(text(pdf)).contains(PageFormat.moneyOf(new BigDecimal("48000"), "EUR"))
			.contains("Readmissions avoided");

		assertThat(alicePages.get("/grants/" + alice).getBody()).contains("accept-form")
			.contains(GrantDeclarations.all().get("D1").substring(0, 20));
		assertThat(alicePages.get("/").getBody()).contains("Grant offers").contains("Accept or decline");

		// alice accepts with every declaration: signed, and co-creation hears of it
		String acceptance = "/api/grants/" + alice + "/acceptance";
		assertThat(fields(this.api.post("alice", acceptance, Map.of("declarations", List.of("D1")))))
			.containsExactly("declarations");
		assertThat(this.api.post("bob", acceptance, Map.of("declarations", declarations())).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.post("alice", acceptance, Map.of("declarations", declarations())).getBody().get("status"))
			.isEqualTo("SIGNED");
		assertThat(this.events.of(alice)).containsExactly(new GrantSigned(alice, call.reference(), call.of("alice")));
		assertThat(this.signedGrants.terms(alice)).hasValueSatisfying((terms) -> {
			assertThat(terms.amount()).isEqualByComparingTo("48000");
			assertThat(terms.agreementVersion()).isEqualTo(1);
			assertThat(terms.preparedBy()).isEqualTo("peter");
			assertThat(terms.approvedBy()).isEqualTo("pia");
		});
		assertThat(this.signedGrants.ofCall(call.reference())).hasSize(1);
		// the grant's co-creation, started after the signature commits, has the same key
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("contracting")
			.processInstanceBusinessKey(alice)
			.count()).as("contracting ended").isZero();

		// amendments: 50,000 with bob's 40,000 would exceed the budget of 89,000; 49,000
		// fits, approved by two distinct officers it is version 2
		String amendments = "/api/grants/" + alice + "/amendments";
		ResponseEntity<Map<String, Object>> tooMuch = this.api.post("alice", amendments,
				Map.of("reason", REASON, "terms", amended("50000")));
		assertThat(fields(tooMuch)).containsExactly("amount");
		assertThat(tooMuch.getBody().toString()).contains("budget");
		assertThat(
				this.api.post("alice", amendments, Map.of("reason", REASON, "terms", amended("49000"))).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.api.post("peter", amendments + "/1/approval", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.post("peter", amendments + "/1/approval", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, Object> twice = this.api.post("pia", amendments + "/1/approval", null).getBody();
		assertThat(list(twice.get("versions"))).extracting((v) -> v.get("number")).containsExactly(1, 2);
		assertThat(map(twice.get("agreement")).get("endDate")).isEqualTo("2028-04-30");
		assertThat(this.events.of(alice)).last().isEqualTo(new GrantAmended(alice, 2));
		assertThat(this.signedGrants.terms(alice).orElseThrow().amount()).isEqualByComparingTo("49000");
		assertThat(text(pdf("alice", alice, 1))).contains(PageFormat.moneyOf(new BigDecimal("48000"), "EUR"));

		String signedPage = alicePages.get("/grants/" + alice).getBody();
		assertThat(signedPage).contains("Agreement versions")
			.contains("Pilot and deliverables")
			.contains("/pilots/" + alice);
		assertThat(peter.get("/grants/" + alice).getBody()).contains("Version 2 (PDF)");

		// bob declines: carla, first on the reserve list, fits the 40,000 left and is
		// promoted; both companies and the officers are told
		offer(bob);
		assertThat(fields(this.api.post("bob", "/api/grants/" + bob + "/decline", Map.of("reason", " "))))
			.containsExactly("reason");
		assertThat(
				this.api.post("bob", "/api/grants/" + bob + "/decline", Map.of("reason", "We joined another programme"))
					.getBody()
					.get("status"))
			.isEqualTo("DECLINED");
		this.calls.runJobs(bob);
		String carla = grantOf("carla", call);
		Map<String, Object> promoted = this.api.get("carla", "/api/grants/" + carla).getBody();
		assertThat(promoted.get("status")).isEqualTo("PREPARING");
		assertThat(promoted.get("promotedFrom")).isEqualTo(bob);
		assertThat(waitingAt(carla)).isEqualTo(ContractingProcess.TASK_PREPARE);
		mailTo("bob@", "Grant agreement " + bob + ": declined");
		mailTo("carla@", "is selected from the reserve list");
		mailTo("peter@", "Reserve proposal promoted in call " + call.reference());

		// carla is reminded, then lets the deadline pass: accepting after it is refused,
		// the offer lapses and david is promoted
		offer(carla);
		Job reminder = timer(carla, ContractingProcess.EVENT_REMINDER);
		ClockUtil.setCurrentTime(reminder.getDuedate());
		this.managementService.executeJob(reminder.getId());
		mailTo("carla@", "Reminder: grant agreement " + carla);
		Job deadline = timer(carla, ContractingProcess.EVENT_DEADLINE);
		ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 60_000));
		assertThat(
				this.api.post("carla", "/api/grants/" + carla + "/acceptance", Map.of("declarations", declarations()))
					.getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		this.managementService.executeJob(deadline.getId());
		this.calls.runJobs(carla);
		assertThat(this.api.get("carla", "/api/grants/" + carla).getBody().get("status")).isEqualTo("LAPSED");
		String david = grantOf("david", call);
		assertThat(this.api.get("david", "/api/grants/" + david).getBody().get("promotedFrom")).isEqualTo(carla);

		// david declines too: nobody is left on the reserve list
		offer(david);
		this.api.post("david", "/api/grants/" + david + "/decline", Map.of("reason", "Our pilot site closed"));
		this.calls.runJobs(david);
		mailTo("peter@", "Reserve list of call " + call.reference() + " exhausted");
		assertThat(grantsOf(call)).hasSize(4);
		assertThat(grantsOf(call, "bob")).extracting((g) -> g.get("reference")).containsExactly(bob);
	}

	/** olivia proposes the ranking, oscar approves it. */
	private void decide(Evaluated call) {
		String selection = "/api/calls/" + call.reference() + "/selection";
		this.api.post("olivia", selection + "/proposal", Map.of("comment", "As the panel agreed"));
		assertThat(this.api.post("oscar", selection + "/review", Map.of("decision", "approve")).getBody().get("status"))
			.isEqualTo("DECIDED");
		this.calls.runJobs(call.reference());
	}

	/** peter prepares (and cannot approve), pia approves, the offer goes out. */
	private void offer(String grant) {
		hostedByNorasHospital(grant);
		assertThat(this.api.post("peter", "/api/grants/" + grant + "/preparation", null).getBody().get("status"))
			.isEqualTo("AWAITING_APPROVAL");
		ResponseEntity<Map<String, Object>> own = this.api.post("peter", "/api/grants/" + grant + "/approval",
				Map.of("decision", "approve"));
		assertThat(own.getStatusCode()).as("four eyes").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("pia", "/api/grants/" + grant + "/approval", Map.of("decision", "approve"))
			.getBody()
			.get("status")).isEqualTo("OFFERED");
		this.calls.runJobs(grant);
		assertThat(waitingAt(grant)).isEqualTo(ContractingProcess.TASK_AWAIT_ACCEPTANCE);
	}

	private static String grantOf(String applicant, Evaluated call) {
		return "GA-" + call.of(applicant);
	}

	private List<Map<String, Object>> grantsOf(Evaluated call) {
		return grantsOf(call, "aude");
	}

	private List<Map<String, Object>> grantsOf(Evaluated call, String user) {
		ResponseEntity<List> all = this.http.withBasicAuth(user, "demo").getForEntity("/api/grants", List.class);
		List<Map<String, Object>> grants = new ArrayList<>();
		for (Object grant : all.getBody()) {
			Map<String, Object> row = map(grant);
			if (call.reference().equals(row.get("callReference"))) {
				grants.add(row);
			}
		}
		return grants;
	}

	/** The draft as it stands, hosted by nora's hospital: no host, no preparation. */
	private void hostedByNorasHospital(String grant) {
		Map<String, Object> terms = new LinkedHashMap<>(agreementOf("peter", grant));
		terms.put("durationMonths", 12);
		terms.put("hostOrganisationId", this.directory.organisationOf("nora").orElseThrow().id());
		assertThat(this.api.put("peter", "/api/grants/" + grant + "/agreement", terms).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private Map<String, Object> agreementOf(String user, String grant) {
		return map(this.api.get(user, "/api/grants/" + grant).getBody().get("agreement"));
	}

	private String waitingAt(String grant) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("contracting")
			.processInstanceBusinessKey(grant)
			.list()
			.stream()
			.flatMap((instance) -> this.runtimeService.getActiveActivityIds(instance.getId()).stream())
			.findFirst()
			.orElse(null);
	}

	private Job timer(String grant, String activity) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("contracting")
			.processInstanceBusinessKey(grant)
			.singleResult()
			.getId();
		return this.managementService.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
	}

	private Map<String, Object> draft(String amount, String first, String second, String last, String finalDue) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("amount", new BigDecimal(amount));
		draft.put("startDate", "2027-03-01");
		draft.put("durationMonths", 12);
		draft.put("hostOrganisationId", this.directory.organisationOf("nora").orElseThrow().id());
		draft.put("milestones",
				List.of(Map.of("title", "Mid-term review", "deliverable", "Pilot set up", "dueDate", "2027-08-31"),
						Map.of("title", "Final report", "deliverable", "Pilot results", "dueDate", finalDue)));
		draft.put("instalments",
				List.of(Map.of("trigger", "SIGNATURE", "percent", new BigDecimal(first)),
						Map.of("trigger", "MILESTONE", "milestone", 1, "percent", new BigDecimal(second)),
						Map.of("trigger", "MILESTONE", "milestone", 2, "percent", new BigDecimal(last))));
		draft.put("indicators",
				List.of(Map.of("name", "Readmissions avoided", "unit", "patients", "baseline", 0, "target", 20)));
		return draft;
	}

	/** Two more months and this amount; the final report moves to the new end. */
	private Map<String, Object> amended(String amount) {
		Map<String, Object> terms = draft(amount, "40", "45", "15", "2028-04-30");
		terms.put("durationMonths", 14);
		return terms;
	}

	private static List<String> declarations() {
		return List.copyOf(GrantDeclarations.all().keySet());
	}

	private byte[] pdf(String user, String grant, Integer version) {
		ResponseEntity<byte[]> pdf = this.http.withBasicAuth(user, "demo")
			.getForEntity("/api/grants/" + grant + "/agreement.pdf?version=" + version, byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		return pdf.getBody();
	}

	private static MimeMessage mailTo(String recipient, String subject) {
		long until = System.currentTimeMillis() + 20_000;
		List<MimeMessage> mails = List.of();
		while (mails.isEmpty() && System.currentTimeMillis() < until) {
			mails = Mailbox.await(smtp, (s) -> s.contains(subject), 1)
				.stream()
				.filter((m) -> Mailbox.recipient(m).startsWith(recipient))
				.toList();
		}
		assertThat(mails).as("a mail to %s about %s", recipient, subject).isNotEmpty();
		return mails.get(0);
	}

	private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
		Map<String, byte[]> attachments = new LinkedHashMap<>();
		if (message.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				Part part = parts.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
					attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
				}
			}
		}
		return attachments;
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
