package org.opencall.evaluation;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.BasicClient;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallState;
import org.opencall.calls.CallView;
import org.opencall.calls.process.CallLifecycleProcess;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.opencall.Problems.fields;

/**
 * A whole call evaluated through the HTTP API and the engine REST API, as its people do
 * it: the officer invites the demo experts, who accept in Tasklist; the call closes and
 * its proposals are found eligible; the officer runs the optimal assignment, is refused
 * what breaks its rules, and confirms it; each expert declares no conflict and scores;
 * the rapporteur drafts the consensus, the others agree and an officer approves it; the
 * call then waits for its selection.
 */
class CallEvaluationApiTest extends ApiTest {

	private static final List<String> EXPERTS = List.of("eva", "emil", "elena", "erik");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	EligibilityDecision eligibility;

	@Autowired
	CallCatalogue calls;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	@Autowired
	EvaluationFixtures evaluations;

	private BasicClient engineRest;

	private EngineTasks tasks;

	@BeforeEach
	void engineRest() {
		init(this.engine);
		this.engineRest = new BasicClient(this.port);
		this.tasks = new EngineTasks(this.port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aClosedCallIsAssignedOptimallyScoredByItsExpertsInTasklistAndWaitsForSelection() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = call.reference();
		List<String> proposals = List.of(this.fixtures.submitted("alice", call), this.fixtures.submitted("bob", call));
		ResponseEntity<String> invited = this.engineRest.json("olivia", "POST", "/api/calls/" + reference + "/experts",
				JSON.writeValueAsString(Map.of("experts", EXPERTS)));
		assertThat(invited.getStatusCode().is2xxSuccessful()).as(invited.getBody()).isTrue();
		List<Map<String, Object>> invitations = JSON.readValue(invited.getBody(), new TypeReference<>() {
		});
		for (Map<String, Object> invitation : invitations) {
			String expert = (String) invitation.get("expert");
			this.tasks.complete(expert, this.tasks.task(expert, (String) invitation.get("id")),
					Map.of("decision", "accept"));
		}
		closeAndFindEligible(reference, proposals);
		ProcessInstance callInstance = instance(reference);
		assertThat(callInstance).isWaitingAt(CallLifecycleProcess.TASK_ASSIGN_EXPERTS);

		// the assignment is the officers' own, of their programme, and starts from a run
		assertThat(this.api.post("eva", "/api/calls/" + reference + "/assignment", null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.post("otto", "/api/calls/" + reference + "/assignment", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(
				this.api.post("olivia", "/api/calls/" + reference + "/assignment/confirmation", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		Map<String, Object> assignment = this.api.post("olivia", "/api/calls/" + reference + "/assignment", null)
			.getBody();
		List<Map<String, Object>> seats = list(assignment.get("proposals"));
		assertThat(seats).extracting((p) -> p.get("reference")).containsExactlyInAnyOrderElementsOf(proposals);
		for (Map<String, Object> proposal : seats) {
			List<Map<String, Object>> experts = list(proposal.get("experts"));
			assertThat(experts).hasSize(3);
			assertThat(new HashSet<>(experts.stream().map((e) -> e.get("expert")).toList())).hasSize(3);
		}
		String first = proposals.get(0);
		List<Map<String, Object>> onFirst = list(seats.stream()
			.filter((p) -> p.get("reference").equals(first))
			.findFirst()
			.orElseThrow()
			.get("experts"));
		String onIt = (String) onFirst.get(0).get("expert");
		String alsoOnIt = (String) onFirst.get(1).get("expert");
		ResponseEntity<Map<String, Object>> twice = this.api.post("olivia",
				"/api/calls/" + reference + "/assignment/swaps",
				Map.of("submission", first, "out", onIt, "in", alsoOnIt));
		assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(twice)).contains("expert");
		ResponseEntity<Map<String, Object>> stranger = this.api.post("olivia",
				"/api/calls/" + reference + "/assignment/swaps",
				Map.of("submission", first, "out", onIt, "in", "alice"));
		assertThat(fields(stranger)).contains("expert");

		// Tasklist cannot complete the officer's task before the assignment is confirmed
		String assignTask = this.tasks.task("olivia", reference);
		assertThat(this.engineRest.json("olivia", "POST", "/engine-rest/task/" + assignTask + "/complete", "{}")
			.getStatusCode()
			.is4xxClientError()).isTrue();
		assertThat(callInstance).isWaitingAt(CallLifecycleProcess.TASK_ASSIGN_EXPERTS);

		Map<String, Object> confirmed = this.api
			.post("olivia", "/api/calls/" + reference + "/assignment/confirmation", null)
			.getBody();
		assertThat(confirmed.get("confirmed")).isEqualTo(true);
		assertThat(status(reference)).isEqualTo(CallState.IN_EVALUATION);
		assertThat(callInstance).isWaitingAt(CallLifecycleProcess.EVENT_EVALUATIONS_DONE);
		assertThat(this.api.post("olivia", "/api/calls/" + reference + "/assignment", null).getStatusCode())
			.as("a confirmed assignment is not run again")
			.isEqualTo(HttpStatus.CONFLICT);

		String expertsHome = session(expertsOf(seats, first).get(0)).get("/").getBody();
		assertThat(expertsHome).contains(first).contains("Declare conflicts");

		// a declared conflict hands the slot to the one expert of the panel not on the
		// proposal
		List<String> onFirstProposal = expertsOf(seats, first);
		String conflicted = onFirstProposal.get(1);
		String newcomer = EXPERTS.stream().filter((e) -> !onFirstProposal.contains(e)).findFirst().orElseThrow();
		this.tasks.complete(conflicted, this.tasks.task(conflicted, first),
				Map.of("declaration", "conflict", "conflictDescription", "I advised the applicant last year"));
		this.evaluations.runJobs(first);
		assertThat(session(conflicted).get("/evaluations/" + first).getStatusCode())
			.as("a conflicted expert never sees the proposal")
			.isEqualTo(HttpStatus.NOT_FOUND);
		Map<String, List<String>> experts = new LinkedHashMap<>();
		experts.put(first, onFirstProposal.stream().map((e) -> e.equals(conflicted) ? newcomer : e).toList());
		experts.put(proposals.get(1), expertsOf(seats, proposals.get(1)));

		// an officer chooses the second proposal's rapporteur while its experts score
		Map<String, String> rapporteurs = new LinkedHashMap<>();
		String second = proposals.get(1);
		rapporteurs.put(second, experts.get(second).get(2));
		assertThat(this.api
			.post("olivia", "/api/calls/" + reference + "/evaluation/rapporteurs",
					Map.of("submission", second, "expert", rapporteurs.get(second)))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Map<String, Object>> outsider = this.api.post("olivia",
				"/api/calls/" + reference + "/evaluation/rapporteurs", Map.of("submission", second, "expert", "alice"));
		assertThat(outsider.getStatusCode().is4xxClientError()).isTrue();

		for (String proposal : proposals) {
			List<String> scorers = experts.get(proposal);
			assertThat(session(scorers.get(0)).get("/evaluations/" + proposal).getStatusCode())
				.as("the proposal opens only after a declaration of no conflict")
				.isEqualTo(HttpStatus.NOT_FOUND);
			for (String expert : scorers) {
				this.tasks.complete(expert, this.tasks.task(expert, proposal), Map.of("declaration", "noConflict"));
			}
			assertThat(session(scorers.get(0)).get("/evaluations/" + proposal).getStatusCode())
				.isEqualTo(HttpStatus.OK);
			ResponseEntity<String> badScore = this.tasks.tryToComplete(scorers.get(0),
					this.tasks.task(scorers.get(0), proposal), EngineTasks.scores("5.5", "Strong"));
			assertThat(badScore.getStatusCode().is4xxClientError()).isTrue();
			assertThat(badScore.getBody()).contains("score1");
			for (String expert : scorers) {
				this.tasks.complete(expert, this.tasks.task(expert, proposal), EngineTasks.scores("4", "Convincing"));
			}
			this.evaluations.runJobs(proposal);
			// consensus always: the rapporteur drafts, the others agree, an officer
			// approves
			String rapporteur = rapporteurs.getOrDefault(proposal, scorers.get(0));
			this.tasks.complete(rapporteur, this.tasks.task(rapporteur, proposal), EngineTasks.scores("4", "Agreed"));
			for (String expert : scorers.stream().filter((e) -> !e.equals(rapporteur)).toList()) {
				this.tasks.complete(expert, this.tasks.task(expert, proposal), Map.of("consensusAnswer", "agree"));
			}
			this.evaluations.runJobs(proposal);
			this.tasks.complete("oscar", this.tasks.task("oscar", proposal), Map.of("moderatorDecision", "approve"));
			this.evaluations.runJobs(proposal);
		}

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(callInstance).isWaitingAt(CallLifecycleProcess.EVENT_SELECTION_DECIDED);
			assertThat(status(reference)).isEqualTo(CallState.EVALUATED);
		});
		Map<String, Object> dashboard = this.api.get("olivia", "/api/calls/" + reference + "/evaluation").getBody();
		assertThat(dashboard.get("complete")).isEqualTo(2);
	}

	@Test
	void anAssignmentThePanelCannotCoverNamesEachProposalLackingExpertsAndChangesNothing() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = call.reference();
		List<String> proposals = List.of(this.fixtures.submitted("alice", call), this.fixtures.submitted("bob", call));
		ResponseEntity<String> invited = this.engineRest.json("olivia", "POST", "/api/calls/" + reference + "/experts",
				JSON.writeValueAsString(Map.of("experts", List.of("eva", "emil"))));
		List<Map<String, Object>> invitations = JSON.readValue(invited.getBody(), new TypeReference<>() {
		});
		for (Map<String, Object> invitation : invitations) {
			String expert = (String) invitation.get("expert");
			this.tasks.complete(expert, this.tasks.task(expert, (String) invitation.get("id")),
					Map.of("decision", "accept"));
		}
		closeAndFindEligible(reference, proposals);

		ResponseEntity<Map<String, Object>> refused = this.api.post("olivia", "/api/calls/" + reference + "/assignment",
				null);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsOnly("assignment");
		assertThat(String.valueOf(refused.getBody().get("errors"))).contains(proposals.get(0))
			.contains(proposals.get(1))
			.contains("3 needed");
		assertThat(this.api.get("olivia", "/api/calls/" + reference + "/assignment").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(instance(reference)).isWaitingAt(CallLifecycleProcess.TASK_ASSIGN_EXPERTS);
	}

	private void closeAndFindEligible(String reference, List<String> proposals) {
		this.fixtures.fireNextTimer(reference);
		for (String proposal : proposals) {
			this.fixtures.runAsyncJobs(proposal);
			this.fixtures.fireNextTimer(proposal);
			this.eligibility.decide("oscar", proposal, true, null);
		}
	}

	private static List<String> expertsOf(List<Map<String, Object>> seats, String proposal) {
		return list(seats.stream()
			.filter((p) -> p.get("reference").equals(proposal))
			.findFirst()
			.orElseThrow()
			.get("experts")).stream().map((e) -> (String) e.get("expert")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private ProcessInstance instance(String reference) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult();
	}

	private CallState status(String reference) {
		return this.calls.officerCall("olivia", reference).status();
	}

}
