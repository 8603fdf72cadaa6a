package org.opencall.selection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.evaluation.EvaluationFixtures;
import org.opencall.evaluation.EvaluationResult;
import org.opencall.evaluation.EvaluationResult.SlotResult;
import org.opencall.evaluation.EvaluationResults;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.identity.Directory;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.process.RedressProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.selection.SelectionAnswers.list;
import static org.opencall.selection.SelectionAnswers.map;
import static org.opencall.selection.SelectionAnswers.outcomes;
import static org.opencall.selection.SelectionAnswers.text;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * An upheld redress request through the HTTP API: a proposal that failed a threshold is
 * evaluated again by new experts of the call's panel only, its new consensus passes, and
 * its applicant gets a second letter — on the reserve list, with a new evaluation summary
 * report — while the funding decision stays final for the other proposals.
 */
class RedressReevaluationApiTest extends ApiTest {

	private static final List<String> KEYWORDS = List.of("heart failure", "remote monitoring", "wearables");

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	EvaluationFixtures panel;

	@Autowired
	EvaluationResults evaluations;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Directory directory;

	@BeforeEach
	void engineAssertions() {
		init(this.engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anUpheldRedressHasNewExpertsEvaluateTheProposalAgainAndItsApplicantIsToldTheNewResult() throws Exception {
		// budget 100,000: alice and bob are funded, carla is on the reserve list, david
		// fails the Excellence threshold
		Evaluated call = this.calls.evaluated("100000",
				List.of(new Proposal("alice", "48000", "4.5", "4", "4"), new Proposal("bob", "48000", "4", "4", "4"),
						new Proposal("carla", "45000", "4", "4", "3.5"),
						new Proposal("david", "30000", "2.5", "4", "4")));
		String david = call.of("david");
		String selection = "/api/calls/" + call.reference() + "/selection";
		Set<String> firstRound = new HashSet<>(
				this.evaluations.of(david).orElseThrow().slots().stream().map(SlotResult::expert).toList());
		assertThat(firstRound).hasSize(3);
		// three more experts, free of conflicts with david's LogiMed Systems, join the
		// panel
		List<String> joined = List.of(
				this.panel.joinsPanel(call.reference(), "ines", "Fraunhofer Portugal", "PT", KEYWORDS),
				this.panel.joinsPanel(call.reference(), "ivo", "TU Delft", "NL", KEYWORDS),
				this.panel.joinsPanel(call.reference(), "ida", "KTH Royal Institute of Technology", "SE", KEYWORDS));

		// four eyes decide; every applicant gets a letter
		assertThat(this.api.post("olivia", selection + "/proposal", Map.of("comment", "As the panel agreed"))
			.getBody()
			.get("status")).isEqualTo("PROPOSED");
		assertThat(this.api.post("oscar", selection + "/review", Map.of("decision", "approve")).getBody().get("status"))
			.isEqualTo("DECIDED");
		this.calls.runJobs(call.reference());
		// this call's letters only: a letter of an earlier test's call, retried by the
		// outbox, may reach this test's mail server too
		Set<String> resultLetters = Stream.of("alice", "bob", "carla", "david")
			.map((applicant) -> "[Opencall] Result of your proposal " + call.of(applicant))
			.collect(Collectors.toSet());
		assertThat(Mailbox.await(smtp, resultLetters::contains, 4)).hasSize(4);
		Map<String, Object> decided = this.api.get("olivia", selection).getBody();
		assertThat(outcomes(decided)).containsEntry(call.of("alice"), "SELECTED")
			.containsEntry(call.of("bob"), "SELECTED")
			.containsEntry(call.of("carla"), "RESERVE")
			.containsEntry(david, "REJECTED");
		Map<String, Map<String, Object>> resultsBefore = new LinkedHashMap<>();
		for (String applicant : List.of("alice", "bob", "carla")) {
			resultsBefore.put(applicant, result(applicant, call.of(applicant)));
		}

		// david asks for redress; an officer who took no part upholds it
		String redress = "/api/submissions/" + david + "/redress";
		assertThat(this.api.post("david", redress, Map.of("grounds", "The experts misread our pilot plan entirely"))
			.getBody()
			.get("status")).isEqualTo("FILED");
		String uninvolved = this.calls.uninvolvedOfficer();
		assertThat(this.api
			.post(uninvolved, redress + "/review",
					Map.of("decision", "uphold", "reasons", "The Excellence comments ignore the pilot plan's novelty"))
			.getBody()
			.get("status")).isEqualTo("UPHELD");
		assertThat(Mailbox.await(smtp,
				(subject) -> subject.equals("[Opencall] Redress request for " + david + " upheld"), 1))
			.singleElement()
			.satisfies((mail) -> assertThat(Mailbox.recipient(mail)).isEqualTo("david@logimed.example"));
		ProcessInstance redressInstance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(RedressProcess.KEY)
			.processInstanceBusinessKey(david)
			.singleResult();
		assertThat(redressInstance).isWaitingAt(RedressProcess.TASK_START_REEVALUATION);

		// the re-evaluation starts: new experts only, each asked to declare first
		this.calls.runJobs(david);
		assertThat(redressInstance).isWaitingAt(RedressProcess.EVENT_REEVALUATION_COMPLETED);
		List<Task> declarations = this.taskService.createTaskQuery()
			.processDefinitionKey(EvaluationProcess.KEY)
			.processInstanceBusinessKey(david)
			.list();
		Set<String> newExperts = new HashSet<>(declarations.stream().map(Task::getAssignee).toList());
		assertThat(declarations).hasSize(3)
			.allSatisfy((task) -> assertThat(task.getTaskDefinitionKey())
				.isEqualTo(EvaluationProcess.TASK_DECLARE_CONFLICTS));
		assertThat(newExperts).hasSize(3).doesNotContainAnyElementsOf(firstRound);
		Set<String> eligible = new HashSet<>(joined);
		EvaluatedCalls.EXPERTS.stream().filter((e) -> !firstRound.contains(e)).forEach(eligible::add);
		assertThat(eligible).containsAll(newExperts);
		for (String earlier : firstRound) {
			assertThat(
					this.taskService.createTaskQuery().processInstanceBusinessKey(david).taskAssignee(earlier).count())
				.as("%s evaluated %s before", earlier, david)
				.isZero();
		}

		// they declare, score, agree a passing consensus, and an officer approves it
		this.calls.evaluate(david, "4", "4", "4");
		EvaluationResult second = this.evaluations.of(david).orElseThrow();
		assertThat(second.round()).isEqualTo(2);
		assertThat(second.status()).isEqualTo("COMPLETED");
		assertThat(second.slots()).extracting(SlotResult::expert).containsExactlyInAnyOrderElementsOf(newExperts);

		// the completion reaches the redress after commit (the last runJobs of the round
		// may already have run the job it leaves); the redress sends the new result
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(redressInstance).hasPassed(RedressProcess.EVENT_REEVALUATION_COMPLETED));
		this.calls.runJobs(david);
		assertThat(redressInstance).hasPassed(RedressProcess.TASK_CONCLUDE).isEnded();

		Map<String, Object> concluded = this.api.get("david", redress).getBody();
		assertThat(concluded).containsEntry("status", "CONCLUDED").containsEntry("outcomeAfter", "RESERVE");
		Map<String, Object> result = result("david", david);
		assertThat(result).containsEntry("letterVersion", 2).containsEntry("redressOpen", false);
		assertThat(map(result.get("summary"))).containsEntry("result", "RESERVE");
		assertThat(map(result.get("summary")).get("reason").toString()).contains("re-evaluation")
			.contains("reserve list");
		assertThat(map(result.get("redress"))).containsEntry("status", "CONCLUDED");
		assertThat(this.api.post("david", redress, Map.of("grounds", "The new experts misread our plan as well"))
			.getStatusCode()).as("a proposal has one redress request").isEqualTo(HttpStatus.CONFLICT);

		// a second letter, with the new report, which is also the one to download
		List<MimeMessage> letters = Mailbox.await(smtp,
				(subject) -> subject.equals("[Opencall] Result of your proposal " + david), 2);
		assertThat(letters).hasSize(2)
			.allSatisfy((mail) -> assertThat(Mailbox.recipient(mail)).isEqualTo("david@logimed.example"));
		MimeMessage first = letters.stream().filter((m) -> body(m).contains("Not selected")).findFirst().orElseThrow();
		MimeMessage latest = letters.stream()
			.filter((m) -> body(m).contains("On the reserve list"))
			.findFirst()
			.orElseThrow();
		assertThat(first).isNotSameAs(latest);
		assertThat(body(latest)).as("the redress is concluded; a second request would be refused")
			.contains("evaluated your proposal " + david)
			.contains("This concludes your redress request")
			.doesNotContain("you may ask for redress");
		byte[] mailed = pdfAttachment(latest);
		String report = text(mailed);
		assertThat(report).contains("On the reserve list")
			.contains("re-evaluation")
			.contains("12")
			.contains("It concludes your redress request")
			.doesNotContain("2.5")
			.doesNotContain("10.5")
			.doesNotContain("Request it no later than");
		assertThat(text(pdfAttachment(first))).contains("Not selected")
			.contains("2.5")
			.contains("Request it no later than");
		ResponseEntity<byte[]> download = this.http.withBasicAuth("david", "demo")
			.getForEntity("/api/submissions/" + david + "/evaluation-summary.pdf", byte[].class);
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getBody()).as("the report as mailed").isEqualTo(mailed);

		// the decision stays final for the others: their results, letters and the ranking
		for (String applicant : List.of("alice", "bob", "carla")) {
			assertThat(result(applicant, call.of(applicant))).as(applicant).isEqualTo(resultsBefore.get(applicant));
		}
		assertThat(result("alice", call.of("alice"))).containsEntry("letterVersion", 1);
		assertThat(map(result("alice", call.of("alice")).get("summary"))).containsEntry("result", "SELECTED");
		assertThat(Mailbox.await(smtp, resultLetters::contains, 6)).as("one more letter, david's").hasSize(5);
		Map<String, Object> after = this.api.get("olivia", selection).getBody();
		assertThat(after.get("status")).isEqualTo("DECIDED");
		assertThat(after.get("proposals")).isEqualTo(decided.get("proposals"));
	}

	private Map<String, Object> result(String user, String submission) {
		ResponseEntity<Map<String, Object>> result = this.api.get(user, "/api/submissions/" + submission + "/result");
		assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
		return result.getBody();
	}

	private static String body(MimeMessage message) {
		try {
			Multipart parts = (Multipart) message.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				Part part = parts.getBodyPart(i);
				if (part.getDisposition() == null || !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
					Object content = part.getContent();
					if (content instanceof String text) {
						return text;
					}
					if (content instanceof Multipart nested) {
						return String.valueOf(nested.getBodyPart(0).getContent());
					}
				}
			}
			return "";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] pdfAttachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		List<byte[]> pdfs = new ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.getFileName()).startsWith("evaluation-summary-").endsWith(".pdf");
				pdfs.add(part.getInputStream().readAllBytes());
			}
		}
		assertThat(pdfs).hasSize(1);
		return pdfs.get(0);
	}

}
