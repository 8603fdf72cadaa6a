package org.opencall.selection;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Mailbox;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallState;
import org.opencall.identity.Directory;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.process.SelectionProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencall.Problems.fields;
import static org.opencall.selection.SelectionAnswers.list;
import static org.opencall.selection.SelectionAnswers.map;
import static org.opencall.selection.SelectionAnswers.outcomes;

/**
 * A fully evaluated call selected through the HTTP API: the officers read the ranking
 * (experts and applicants never do), the panel adjusts a score only with a justification,
 * one officer proposes and a second approves (the proposer cannot), every applicant gets
 * a letter with their evaluation summary report as a PDF, the call is decided (and its
 * decided list, with {@link FundingDecided}, is there for contracting), and an
 * applicant's redress request is reviewed by an officer who took no part.
 */
class SelectionApiTest extends ApiTest {

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	CallCatalogue catalogue;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	Directory directory;

	@Autowired
	FundingDecisions fundingDecisions;

	@Autowired
	RecordedFundingDecisions decided;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anEvaluatedCallIsRankedDecidedByTwoOfficersAndEveryApplicantGetsALetterWithTheirReport() throws Exception {
		// budget 100,000: alice and bob fit (96,000), carla's 45,000 no longer does;
		// david
		// fails Excellence
		Evaluated call = this.calls.evaluated("100000",
				List.of(new Proposal("alice", "48000", "4.5", "4", "4"), new Proposal("bob", "48000", "4", "4", "4"),
						new Proposal("carla", "45000", "4", "4", "3.5"),
						new Proposal("david", "30000", "2.5", "4", "4")));
		String reference = call.reference();
		String selection = "/api/calls/" + reference + "/selection";

		Map<String, Object> ranking = this.api.get("olivia", selection).getBody();
		assertThat(outcomes(ranking)).containsExactly(Map.entry(call.of("alice"), "SELECTED"),
				Map.entry(call.of("bob"), "SELECTED"), Map.entry(call.of("carla"), "RESERVE"),
				Map.entry(call.of("david"), "REJECTED"));
		assertThat(row(ranking, call.of("david")).get("reason").toString()).contains("Excellence");
		assertThat(this.api.get("eva", selection).getStatusCode()).as("experts never see the ranking")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("alice", selection).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("otto", selection).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("aude", selection).getStatusCode()).isEqualTo(HttpStatus.OK);

		// an adjustment needs a written justification; refused, nothing changes
		ResponseEntity<Map<String, Object>> unjustified = this.api.post("olivia", selection + "/score-adjustments",
				Map.of("submission", call.of("carla"), "criterion", "Impact", "after", 4.5, "justification", ""));
		assertThat(unjustified.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(unjustified)).contains("justification");
		assertThat(list(this.api.get("olivia", selection).getBody().get("adjustments"))).isEmpty();
		Map<String, Object> adjusted = this.api.post("olivia", selection + "/score-adjustments",
				Map.of("submission", call.of("carla"), "criterion", "Impact", "before", 4, "after", 4.5,
						"justification", "The consensus report itself describes Impact as outstanding"))
			.getBody();
		assertThat(list(adjusted.get("adjustments"))).singleElement().satisfies((a) -> {
			assertThat(((Number) a.get("before")).doubleValue()).isEqualTo(4.0);
			assertThat(((Number) a.get("after")).doubleValue()).isEqualTo(4.5);
		});
		// carla now ties bob on 12 and passes him on the second tie-break (Impact): her
		// 45,000 fits above the line, his 48,000 no longer does
		assertThat(outcomes(adjusted)).containsEntry(call.of("carla"), "SELECTED")
			.containsEntry(call.of("bob"), "RESERVE");
		assertThat(row(adjusted, call.of("bob")).get("reason").toString()).contains("reserve list");

		assertThat(this.fundingDecisions.of(reference)).as("not decided yet").isEmpty();

		// four eyes: olivia proposes, cannot approve her own proposal, oscar approves
		assertThat(this.api.post("olivia", selection + "/proposal", Map.of("comment", "As the panel agreed"))
			.getBody()
			.get("status")).isEqualTo("PROPOSED");
		ResponseEntity<Map<String, Object>> own = this.api.post("olivia", selection + "/review",
				Map.of("decision", "approve"));
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("olivia", selection).getBody().get("status")).isEqualTo("PROPOSED");
		assertThat(this.fundingDecisions.of(reference)).as("proposed, not decided").isEmpty();
		assertThat(this.decided.of(reference)).isEmpty();
		assertThat(this.api.post("oscar", selection + "/review", Map.of("decision", "approve")).getBody().get("status"))
			.isEqualTo("DECIDED");
		this.calls.runJobs(reference);

		// the decided list, for contracting: selected and reserve proposals in rank order
		assertThat(this.decided.of(reference)).as("published once, in the approval's transaction")
			.containsExactly(new RecordedFundingDecisions.Heard(reference, true));
		DecidedFunding funding = this.fundingDecisions.of(reference).orElseThrow();
		assertThat(funding.budget()).isEqualByComparingTo("100000");
		assertThat(funding.selected()).extracting(DecidedProposal::submissionReference, DecidedProposal::rank)
			.containsExactly(tuple(call.of("alice"), 1), tuple(call.of("carla"), 2));
		assertThat(funding.reserve()).singleElement().satisfies((reserve) -> {
			assertThat(reserve.submissionReference()).isEqualTo(call.of("bob"));
			assertThat(reserve.rank()).isEqualTo(3);
			assertThat(reserve.requested()).isEqualByComparingTo("48000");
			assertThat(reserve.title()).isNotBlank();
			assertThat(reserve.organisation()).isNotBlank();
		});
		assertThat(funding.proposals()).last().satisfies((rejected) -> {
			assertThat(rejected.submissionReference()).isEqualTo(call.of("david"));
			assertThat(rejected.outcome()).isEqualTo("REJECTED");
			assertThat(rejected.rank()).isNull();
		});
		assertThat(this.fundingDecisions.of("NO-SUCH-CALL")).isEmpty();

		assertThat(this.catalogue.officerCall("olivia", reference).status()).isEqualTo(CallState.DECIDED);
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(SelectionProcess.KEY)
			.processInstanceBusinessKey(reference)
			.activityIdIn(SelectionProcess.EVENT_REDRESS_WINDOW_CLOSES)
			.count()).isEqualTo(1);
		List<MimeMessage> letters = Mailbox.await(smtp, (subject) -> subject.startsWith("[Opencall] Result of your"),
				4);
		assertThat(letters).hasSize(4);
		for (MimeMessage letter : letters) {
			assertThat(SelectionAnswers.attachments(letter).keySet()).singleElement()
				.asString()
				.startsWith("evaluation-summary-");
		}

		// each applicant reads their own result and report, nobody else's
		Map<String, Object> result = this.api.get("alice", "/api/submissions/" + call.of("alice") + "/result")
			.getBody();
		assertThat(map(result.get("summary")).get("result")).isEqualTo("SELECTED");
		assertThat(this.api.get("bob", "/api/submissions/" + call.of("alice") + "/result").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get("eva", "/api/submissions/" + call.of("alice") + "/result").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		String report = pdfText("david", "/api/submissions/" + call.of("david") + "/evaluation-summary.pdf");
		assertThat(report).contains("Not selected").contains("2.5").contains("Consensus: the panel's reading");
		for (String expert : EvaluatedCalls.EXPERTS) {
			String name = this.directory.person(expert).orElseThrow().displayName();
			assertThat(report).doesNotContain(name);
		}

		// redress: grounds needed, the applicant's own proposal only, reviewed by an
		// officer who took no part in the decision
		String redress = "/api/submissions/" + call.of("david") + "/redress";
		assertThat(fields(this.api.post("david", redress, Map.of("grounds", "unfair")))).contains("grounds");
		assertThat(this.api.post("bob", redress, Map.of("grounds", "The experts misread our pilot plan entirely"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.post("david", redress, Map.of("grounds", "The experts misread our pilot plan entirely"))
			.getBody()
			.get("status")).isEqualTo("FILED");
		assertThat(this.api.post("david", redress, Map.of("grounds", "Once more, the experts misread our plan"))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<Map<String, Object>> involved = this.api.post("oscar", redress + "/review",
				Map.of("decision", "reject", "reasons", "The scores follow the comments"));
		assertThat(involved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		String uninvolved = this.calls.uninvolvedOfficer();
		assertThat(this.api
			.post(uninvolved, redress + "/review",
					Map.of("decision", "reject", "reasons", "The comments on Excellence support the score"))
			.getBody()
			.get("status")).isEqualTo("REJECTED");
		assertThat(Mailbox.await(smtp,
				(subject) -> subject.contains("Redress request for " + call.of("david") + " rejected"), 1))
			.hasSize(1);

		// after the window, no more redress
		Instant deadline = Instant.parse(String.valueOf(result.get("redressDeadline")));
		ClockUtil.setCurrentTime(Date.from(deadline.plus(Duration.ofMinutes(1))));
		assertThat(this.api
			.post("carla", "/api/submissions/" + call.of("carla") + "/redress",
					Map.of("grounds", "The experts misread our pilot plan entirely"))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	private String pdfText(String user, String path) throws Exception {
		ResponseEntity<byte[]> pdf = this.http.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		return SelectionAnswers.text(pdf.getBody());
	}

	private static Map<String, Object> row(Map<String, Object> ranking, String reference) {
		return list(ranking.get("proposals")).stream()
			.filter((row) -> reference.equals(row.get("reference")))
			.findFirst()
			.orElseThrow();
	}

}
