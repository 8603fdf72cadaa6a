package org.opencall.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.postgresql.util.PGobject;

import org.opencall.calls.CallView;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.identity.Roles;
import org.opencall.platform.JsonColumns;
import org.opencall.selection.EvaluationSummary;
import org.opencall.selection.EvaluationSummaryPdf;
import org.opencall.selection.process.SelectionProcess;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole call from its sampled evaluations to its decision. Seeding, not measured: the
 * bare engine completes every declaration and scorecard still open as its expert (each
 * proposal's three experts give it the same scores, drawn from its quality, so that no
 * consensus round is needed and the ranking has every kind of outcome) and the engine's
 * jobs run until the last evaluation hands the call over to selection. Measured through
 * the HTTP API as the programme's officers: the ranking of every proposal, the proposal
 * of the funding decision and its approval by a second officer; then the result letters,
 * each with its evaluation summary report, against rendering those reports alone.
 */
final class CallSelection {

	private static final int RANKINGS = 10;

	private static final int RENDERED = 200;

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	private final Table table;

	private final int threads;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ObjectMapper json = new ObjectMapper();

	CallSelection(ApplicationContext context, JdbcTemplate jdbc, Table table, int threads) {
		this.context = context;
		this.jdbc = jdbc;
		this.table = table;
		this.threads = threads;
	}

	void select(CallView call, int port) throws Exception {
		long phase = System.nanoTime();
		int declarations = completeOpen(call.reference(), EvaluationProcess.TASK_DECLARE_CONFLICTS, (reference) -> Map.of("declaration",
				"noConflict"));
		int scorecards = completeOpen(call.reference(), EvaluationProcess.TASK_SCORE_SUBMISSION,
				CallSelection::scorecard);
		int jobs = DueJobs.run(this.context.getBean(ManagementService.class), this.threads);
		double seedSeconds = CallBenchmark.seconds(phase);
		CallBenchmark.log("%,d declarations, %,d scorecards and %,d jobs in %.0f s", declarations, scorecards, jobs,
				seedSeconds);
		long handOver = System.nanoTime();
		awaitSelection(call.reference());
		double handOverSeconds = CallBenchmark.seconds(handOver);
		this.table.section("Evaluations finished (seeding: the bare engine as each expert, the engine's jobs)");
		this.table.value("declarations / scorecards completed, jobs run", String.format("%,d / %,d, %,d jobs in %.0f s",
				declarations, scorecards, jobs, seedSeconds), "");
		this.table.value("last evaluation's jobs to the selection's start (event listeners)",
				String.format("%.1f s", handOverSeconds), "");

		String base = "http://localhost:" + port + "/api/calls/" + call.reference() + "/selection";
		String answer = get("olivia", base);
		long[] rankings = Load.latencies(1, 0, RANKINGS, (i) -> get("olivia", base));
		JsonNode ranking = this.json.readTree(answer);
		Map<String, Integer> outcomes = new TreeMap<>();
		ranking.get("proposals").forEach((row) -> outcomes.merge(row.get("outcome").asText(), 1, Integer::sum));
		long proposeStart = System.nanoTime();
		post("olivia", base + "/proposal", "{\"comment\":\"As the panel agreed\"}");
		double proposeMillis = (System.nanoTime() - proposeStart) / 1e6;
		long approveStart = System.nanoTime();
		String approved = post("oscar", base + "/review", "{\"decision\":\"approve\"}");
		double approveMillis = (System.nanoTime() - approveStart) / 1e6;
		if (!"DECIDED".equals(this.json.readTree(approved).get("status").asText())) {
			throw new IllegalStateException("the approval left the selection " + approved);
		}
		long letterStart = System.nanoTime();
		int letterJobs = DueJobs.run(this.context.getBean(ManagementService.class), this.threads);
		double letterSeconds = CallBenchmark.seconds(letterStart);
		long mailed = count("select count(*) from result_letters where call_reference = ? and mailed_at is not null",
				call.reference());
		long proposals = ranking.get("proposals").size();
		CallBenchmark.log("%,d letters in %,d jobs in %.0f s", mailed, letterJobs, letterSeconds);
		double rendering = renderAlone(call.reference());
		String state = this.jdbc.queryForObject("select status from calls where reference = ?", String.class,
				call.reference());
		long redress = this.context.getBean(RuntimeService.class)
			.createProcessInstanceQuery()
			.processDefinitionKey(SelectionProcess.KEY)
			.processInstanceBusinessKey(call.reference())
			.activityIdIn(SelectionProcess.EVENT_REDRESS_WINDOW_CLOSES)
			.count();

		this.table.section(String.format("Selection of %,d proposals (HTTP API as the programme's officers)", proposals));
		this.table.value("ranking, GET /api/calls/{ref}/selection: p50 / p95 of " + RANKINGS + ", size",
				String.format("%.0f / %.0f ms, %,d KB", Load.percentile(rankings, 50), Load.percentile(rankings, 95),
						answer.length() / 1024),
				"");
		this.table.value("outcomes", outcomes.toString(), "");
		this.table.value("proposal of the funding decision (olivia) / its approval (oscar)",
				String.format("%.0f / %.0f ms", proposeMillis, approveMillis), "");
		this.table.ratio("result letters/s with their reports (rendered, stored, to the outbox) vs rendering alone",
				mailed / letterSeconds, rendering, "%.1f/s", "");
		this.table.value("letters mailed / proposals; call status; selection waits for the redress window",
				String.format("%,d / %,d; %s; %s", mailed, proposals, state, (redress == 1) ? "yes" : "no"),
				"all; DECIDED; yes");
	}

	/** Completes every open task of this key in the call as its assignee; answers how many. */
	private int completeOpen(String call, String key, Function<String, Map<String, Object>> variables)
			throws Exception {
		TaskService tasks = this.context.getBean(TaskService.class);
		IdentityService identity = this.context.getBean(IdentityService.class);
		List<String> proposals = this.jdbc
			.queryForList("select reference from submissions where call_reference = ?", String.class, call);
		List<String[]> open = CallBenchmark.openTasks(this.jdbc, key, proposals);
		AtomicInteger retried = new AtomicInteger();
		Load.parallel(this.threads, open.size(), (i) -> {
			String[] task = open.get(i);
			for (int attempt = 1;; attempt++) {
				identity.setAuthentication(task[1], List.of(Roles.EVALUATORS));
				try {
					tasks.complete(task[0], new HashMap<>(variables.apply(task[2])));
					return;
				}
				catch (RuntimeException raced) {
					// two experts of one evaluation at the same moment: the second one again
					if (attempt == 3) {
						throw raced;
					}
					retried.incrementAndGet();
				}
				finally {
					identity.clearAuthentication();
				}
			}
		});
		CallBenchmark.log("%s: %,d completed (%d completed again after a conflict)", key, open.size(), retried.get());
		return open.size();
	}

	/**
	 * The scores the three experts of a proposal give it: a quality of 2–5 and each
	 * criterion half a point either side, in half points.
	 */
	static Map<String, Object> scorecard(String reference) {
		Random random = new Random(reference.hashCode());
		double quality = 2 + random.nextInt(7) / 2.0;
		Map<String, Object> scores = new HashMap<>();
		for (int criterion = 1; criterion <= 3; criterion++) {
			double score = Math.max(0, Math.min(5, quality + (random.nextInt(3) - 1) / 2.0));
			scores.put("score" + criterion, score);
			scores.put("comment" + criterion, "Criterion " + criterion + " read against the call's guidance.");
		}
		scores.put("overallComment", "Scored by the bench's expert.");
		return scores;
	}

	private void awaitSelection(String call) throws InterruptedException {
		RuntimeService runtime = this.context.getBean(RuntimeService.class);
		for (int waited = 0; waited < 600; waited++) {
			if (runtime.createProcessInstanceQuery()
				.processDefinitionKey(SelectionProcess.KEY)
				.processInstanceBusinessKey(call)
				.count() == 1) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("no selection started for call " + call + " within 10 minutes; unfinished: "
				+ count("select count(*) from evaluations where call_reference = ? and status <> 'COMPLETED'", call));
	}

	/** Renders some of the call's reports again, one after the other: reports/s. */
	private double renderAlone(String call) {
		EvaluationSummaryPdf pdf = this.context.getBean(EvaluationSummaryPdf.class);
		List<EvaluationSummary> summaries = new ArrayList<>(this.jdbc.query(
				"select summary from result_letters where call_reference = ? order by submission_reference limit ?",
				(row, n) -> JsonColumns.read((PGobject) row.getObject(1), EvaluationSummary.class), call, RENDERED));
		long start = System.nanoTime();
		summaries.forEach(pdf::render);
		return summaries.size() / CallBenchmark.seconds(start);
	}

	private String get(String user, String uri) throws Exception {
		return send(user, HttpRequest.newBuilder(URI.create(uri)).GET());
	}

	private String post(String user, String uri, String body) throws Exception {
		return send(user, HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private String send(String user, HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.http.send(request.header("Authorization", BenchApplication.basic(user))
			.header("Accept", "application/json")
			.timeout(Duration.ofMinutes(10))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

}
