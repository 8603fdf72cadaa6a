package org.opencall.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.opencall.calls.CallEvaluation;
import org.opencall.calls.CallView;
import org.opencall.evaluation.StartingEvaluations;
import org.opencall.evaluation.domain.AssignedExpert;
import org.opencall.evaluation.domain.AssigningExperts;
import org.opencall.evaluation.domain.AssignmentFixtures;
import org.opencall.evaluation.domain.AssignmentOutcome;
import org.opencall.evaluation.domain.AssignmentRules;
import org.opencall.evaluation.domain.Candidate;
import org.opencall.evaluation.domain.ExpertAssignment;
import org.opencall.evaluation.domain.ProposalToAssign;
import org.opencall.evaluation.process.EvaluationProcess;
import org.opencall.identity.Roles;
import org.opencall.submissions.ProposalDrafting;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole call, measured: {@code bench.call.proposals} (10,000) proposals submitted
 * through the HTTP API, the last of them as a deadline spike of concurrent submits,
 * assigned to 3 of {@code bench.call.experts} (2,000) experts by the product's
 * minimum-cost flow, their evaluations started (30,000 open tasks with their reminder
 * timers), an expert's task list queried at that size, and evaluation tasks completed
 * through the engine REST API with the forms' variables. Every figure is printed beside
 * its baseline measured in the same run (the bare engine doing the same work, the stock
 * engine's task query, PostgreSQL's own limit with {@code pgbench}), as a ratio, in one
 * table. Seeding that is not measured (drafts and their documents, experts, the
 * assignment's input, the evaluations' start) uses the product's Java use cases.
 */
public final class CallBenchmark {

	private static final int PROPOSALS = Integer.getInteger("bench.call.proposals", 10_000);

	private static final int EXPERTS = Integer.getInteger("bench.call.experts", Math.max(30, PROPOSALS / 5));

	private static final int THREADS = Integer.getInteger("bench.threads", 8);

	/** Concurrent submits in the call's last minute, the last proposals of the call. */
	private static final int SPIKE = Integer.getInteger("bench.call.spike", Math.min(1000, PROPOSALS / 10));

	private static final int WARM_UP = Integer.getInteger("bench.warm-up", Math.min(500, PROPOSALS / 10));

	/** Rounds of each side sent through the statement counter, after the timed ones. */
	private static final int COUNTED = Integer.getInteger("bench.counted", Math.min(200, PROPOSALS / 20));

	/** Proposals whose six tasks each side completes in the timed rounds. */
	private static final int COMPLETED = Integer.getInteger("bench.call.completed", Math.min(300, PROPOSALS / 10));

	private static final int QUERIES = Integer.getInteger("bench.call.queries", 200);

	/** pgbench's clients and seconds per script. */
	private static final int PGBENCH_CLIENTS = Integer.getInteger("bench.pgbench.clients", 8);

	private static final int PGBENCH_SECONDS = Integer.getInteger("bench.pgbench.seconds", 10);

	private final Table table = new Table();

	private final SqlCounter sql = new SqlCounter();

	private CallBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new CallBenchmark().run(args);
		System.exit(0);
	}

	private void run(String[] args) throws Exception {
		long wallStart = System.nanoTime();
		String loadAtStart = loadAverage();
		SqlCounter sql = this.sql;
		try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-call-postgres", THREADS + 4,
				args, sql)) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			RuntimeService runtimeService = context.getBean(RuntimeService.class);
			int port = BenchApplication.port(context);
			CallView call = BenchCall.open(context, PROPOSALS);
			String history = context.getBean(ProcessEngineConfiguration.class).getHistory();

			// seeding: the drafts with their documents
			long phase = System.nanoTime();
			Intake intake = Intake.prepare(context.getBean(ProposalDrafting.class), call.reference(), PROPOSALS,
					THREADS);
			log("%,d drafts with two documents each in %.0f s", PROPOSALS, seconds(phase));

			// intake: steady submits, then the deadline spike
			KeepAliveClient http = new KeepAliveClient(port);
			int steady = PROPOSALS - WARM_UP - COUNTED - SPIKE;
			Load.rate(THREADS, 0, WARM_UP, intake.submitting(http));
			Load.rate(THREADS, 0, WARM_UP, intake.starting(runtimeService));
			Sizes beforeIntake = Sizes.of(jdbc);
			double application = Load.rate(THREADS, WARM_UP, steady, intake.submitting(http));
			Sizes afterIntake = Sizes.of(jdbc);
			double bare = Load.rate(THREADS, WARM_UP, steady, intake.starting(runtimeService));
			log("intake: %.1f submissions/s through HTTP, %.1f starts/s of the bare engine", application, bare);
			sql.counting(true);
			SqlCounter.Snapshot before = sql.snapshot();
			Load.rate(THREADS, WARM_UP + steady, COUNTED, intake.submitting(http));
			SqlCounter.Snapshot afterSubmits = sql.snapshot();
			Load.rate(THREADS, WARM_UP + steady, COUNTED, intake.starting(runtimeService));
			SqlCounter.Snapshot afterStarts = sql.snapshot();
			sql.counting(false);
			SqlCounter.Snapshot perSubmit = afterSubmits.minus(before);
			SqlCounter.Snapshot perStart = afterStarts.minus(afterSubmits);
			Spike spike = spike(intake, port, WARM_UP + steady + COUNTED);
			log("spike of %d concurrent submits done", SPIKE);
			long submitted = count(jdbc,
					"select count(*) from submissions where call_reference = ? and status <> 'DRAFT'",
					call.reference());
			long instances = count(jdbc,
					"select count(*) from act_ru_execution e join act_re_procdef d"
							+ " on d.id_ = e.proc_def_id_ where d.key_ = 'submission' and e.id_ = e.proc_inst_id_"
							+ " and e.business_key_ in (select reference from submissions where call_reference = ?)",
					call.reference());

			this.table.section("Intake (" + THREADS + " threads, " + String.format("%,d", steady)
					+ " timed submits after " + WARM_UP + " unmeasured)");
			this.table.ratio("submissions/s, HTTP API vs bare engine starting `submission`", application, bare,
					"%.1f/s", ">= 0.5");
			this.table.row("SQL per submission (HTTP) vs per bare start", perSubmit.statementsPer(COUNTED),
					perStart.statementsPer(COUNTED), "%.1f stmts", "");
			this.table.row("round trips per submission vs per bare start", perSubmit.roundTripsPer(COUNTED),
					perStart.roundTripsPer(COUNTED), "%.1f", "");
			this.table.row("commits per submission vs per bare start", perSubmit.commitsPer(COUNTED),
					perStart.commitsPer(COUNTED), "%.2f", "");

			// PostgreSQL's own limit on this machine, on the same server
			int statements = (int) Math.round(perSubmit.statementsPer(COUNTED));
			double oneRow = pgbench(context.getBean(DataSource.class), jdbc, 1);
			double submissionSized = pgbench(context.getBean(DataSource.class), jdbc, statements);
			log("pgbench: %.0f tps one-row insert, %.0f tps with %d inserts", oneRow, submissionSized, statements);
			this.table.section("PostgreSQL's limit (pgbench, " + PGBENCH_CLIENTS + " clients, same server)");
			this.table.ratio("submissions/s vs pgbench one-row insert tps", application, oneRow, "%.0f/s", "");
			this.table.ratio("submissions/s vs pgbench " + statements + " single-row inserts in one transaction",
					application, submissionSized, "%.0f/s", "");

			this.table.section("Deadline spike (" + SPIKE + " concurrent submits, one connection each)");
			this.table.value("p50 / p95 / p99 / max",
					String.format("%.0f / %.0f / %.0f / %.0f ms", Load.percentile(spike.nanos(), 50),
							Load.percentile(spike.nanos(), 95), Load.percentile(spike.nanos(), 99),
							spike.nanos()[spike.nanos().length - 1] / 1e6),
					"");
			this.table.value("errors (not 200 or no answer)", String.valueOf(spike.errors()), "0");
			long found = count(jdbc,
					"select count(*) from submissions s join submission_versions v"
							+ " on v.submission_id = s.id where s.status <> 'DRAFT' and s.reference = any(?)",
					(Object) spike.references().toArray(String[]::new));
			this.table.value("lost (200 answered, no submitted version in the database)",
					String.valueOf(spike.answeredOk() - found), "0");
			this.table.value("whole call: submitted in the database / instances / drafts",
					String.format("%,d / %,d / %,d", submitted, instances, PROPOSALS), "all");

			Sizes delta = afterIntake.minus(beforeIntake);
			this.table.section("Storage (history level " + history + ")");
			this.table.value("history rows per submission (timed HTTP submits)",
					String.format("%.1f", (double) delta.historyRows / steady), "");
			this.table.value("database growth per submission (timed HTTP submits)",
					String.format("%.1f KB", delta.bytes / 1024.0 / steady), "");

			// seeding: the deadline and admissibility; experts, the assignment, the
			// evaluations
			new CallClosing(context, this.table, THREADS).close(call, jdbc);
			evaluate(context, jdbc, call, intake, history, port);
			new CallSelection(context, jdbc, this.table, THREADS).select(call, port);
			Sizes atEnd = Sizes.of(jdbc);
			this.table.section("Storage at the end (" + String.format("%,d", PROPOSALS)
					+ " proposals decided, their letters in the outbox)");
			this.table.value("history rows / database size per proposal", String.format("%.0f / %.1f KB",
					(double) atEnd.historyRows / PROPOSALS, atEnd.bytes / 1024.0 / PROPOSALS), "");
		}
		this.table.section("Whole call");
		this.table.value("wall time (start to table)", String.format("%.0f s", seconds(wallStart)), "");
		this.table.value("load average at start / at end", loadAtStart + " / " + loadAverage(), "");
		this.table.print(System.out);
	}

	private void evaluate(ConfigurableApplicationContext context, JdbcTemplate jdbc, CallView call, Intake intake,
			String history, int port) throws Exception {
		IdentityService identity = context.getBean(IdentityService.class);
		Random random = new Random(2026);
		int organisations = Math.max(10, EXPERTS * 3 / 10);
		List<Candidate> experts = AssignmentFixtures.experts(random, EXPERTS, organisations, 15, 25);
		long phase = System.nanoTime();
		BenchExperts.create(identity, experts.stream().map(Candidate::username).toList(), THREADS);
		log("%,d experts in %.0f s", EXPERTS, seconds(phase));

		List<ProposalToAssign> generated = AssignmentFixtures.proposals(random, intake.size(), organisations, EXPERTS);
		List<ProposalToAssign> proposals = new ArrayList<>();
		for (int i = 0; i < intake.size(); i++) {
			ProposalToAssign p = generated.get(i);
			proposals.add(new ProposalToAssign(intake.draft(i).reference(), p.organisation(), p.emailDomains(),
					p.country(), p.partners(), p.team(), p.keywords(), p.text()));
		}
		phase = System.nanoTime();
		AssignmentOutcome outcome = new AssigningExperts(AssignmentRules.DEFAULT.withSameCountryConflicts(true))
			.assign(proposals, experts, Map.of(), java.util.Set.of());
		double assignmentSeconds = seconds(phase);
		if (!(outcome instanceof ExpertAssignment assignment)) {
			throw new IllegalStateException("the assignment found no complete answer: " + outcome);
		}
		log("assignment of %,d x 3 from %,d experts (min-cost flow) in %.1f s", proposals.size(), EXPERTS,
				assignmentSeconds);

		StartingEvaluations starting = context.getBean(StartingEvaluations.class);
		phase = System.nanoTime();
		AtomicInteger started = new AtomicInteger();
		Load.parallel(THREADS, intake.size(), (i) -> {
			String reference = intake.draft(i).reference();
			starting.start(reference, call.reference(),
					assignment.expertsOf(reference).stream().map(AssignedExpert::username).toList());
			if (started.incrementAndGet() % 1000 == 0) {
				log("  %,d evaluations started", started.get());
			}
		});
		context.getBean(CallEvaluation.class).start("olivia", call.reference());
		double startSeconds = seconds(phase);
		long openTasks = count(jdbc, "select count(*) from act_ru_task where task_def_key_ = ?",
				EvaluationProcess.TASK_DECLARE_CONFLICTS);
		long timers = count(jdbc,
				"select count(*) from act_ru_job j join act_ru_execution e"
						+ " on e.id_ = j.process_instance_id_ join act_re_procdef d on d.id_ = e.proc_def_id_"
						+ " where j.type_ = 'timer' and d.key_ = ?",
				EvaluationProcess.KEY);
		jdbc.execute("analyze");
		this.table.section("Seeding (Java use cases, not targets)");
		this.table.value("experts created / assignment by min-cost flow",
				String.format("%,d / %.1f s", EXPERTS, assignmentSeconds), "");
		this.table.value("evaluations started (StartingEvaluations)",
				String.format("%,d in %.0f s (%.1f/s)", intake.size(), startSeconds, intake.size() / startSeconds), "");
		this.table.value("open declaration tasks / timer jobs of evaluations",
				String.format("%,d / %,d", openTasks, timers), "");
		// every engine command of an authenticated user reads the distinct groups of all
		// of
		// them once
		this.table.value("ACT_RU_AUTHORIZATION rows",
				String.format("%,d", count(jdbc, "select count(*) from act_ru_authorization")), "");

		log("%,d evaluations started in %.0f s; %,d open declarations, %,d timers", intake.size(), startSeconds,
				openTasks, timers);
		tasklist(context, jdbc, port, openTasks);
		log("task list measured");
		completions(context, jdbc, intake, port);
	}

	/** An expert's task list at every open task, against the stock engine's query. */
	private void tasklist(ConfigurableApplicationContext context, JdbcTemplate jdbc, int port, long openTasks)
			throws Exception {
		String expert = jdbc.queryForObject("select assignee_ from act_ru_task where assignee_ like 'expert%'"
				+ " group by assignee_ order by count(*) desc, assignee_ limit 1", String.class);
		long theirs = count(jdbc, "select count(*) from act_ru_task where assignee_ = ?", expert);
		context.getBean(IdentityService.class).clearAuthentication();
		String myWork = context.getBean(FilterService.class)
			.createFilterQuery()
			.filterName("My work")
			.singleResult()
			.getId();
		TasklistRequests rest = new TasklistRequests(port);
		HomePage home = HomePage.loggedIn(port, expert);
		long[] filter = sequential(() -> rest.filterList(myWork, expert, "application/hal+json"));
		long[] page = sequential(home::get);
		long[] stock = sequential(() -> rest.assigned(expert));
		this.table.section(String.format("Task list of %s (%d tasks) at %,d open tasks, %d sequential requests each",
				expert, theirs, openTasks, QUERIES));
		this.table.latency("Tasklist filter list (HAL) vs stock GET /engine-rest/task?assignee", filter, stock);
		this.table.latency("evaluator's home page vs stock GET /engine-rest/task?assignee", page, stock);
	}

	/**
	 * Declarations and scorecards completed through the engine REST API with the forms'
	 * variables, as the assignee, against the bare engine completing other proposals'
	 * same tasks with the same variables as the same user.
	 */
	private void completions(ConfigurableApplicationContext context, JdbcTemplate jdbc, Intake intake, int port)
			throws Exception {
		TaskService tasks = context.getBean(TaskService.class);
		IdentityService identity = context.getBean(IdentityService.class);
		KeepAliveClient http = new KeepAliveClient(port);
		int warmUp = Math.max(3 * THREADS, COMPLETED / 5);
		int counted = Math.max(3 * THREADS, Math.min(100, COMPLETED / 10));
		int[] sizes = { warmUp, warmUp, COMPLETED, COMPLETED, counted, counted };
		List<List<String>> groups = new ArrayList<>();
		int next = 0;
		for (int size : sizes) {
			List<String> references = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				references.add(intake.draft(next++).reference());
			}
			groups.add(references);
		}
		Map<String, Object> declaration = Map.of("declaration", "noConflict");
		Map<String, Object> scorecard = new LinkedHashMap<>();
		scorecard.put("score1", 4.0);
		scorecard.put("comment1", "Sound approach, clear work plan.");
		scorecard.put("score2", 3.5);
		scorecard.put("comment2", "Credible partners, some risk in the pilot.");
		scorecard.put("score3", 3.0);
		scorecard.put("comment3", "Impact plausible, figures thin.");
		scorecard.put("overallComment", "Promising.");
		double[] rates = new double[2];
		CompletionCounts counts = new CompletionCounts();
		for (Map.Entry<String, Map<String, Object>> round : List.of(
				Map.entry(EvaluationProcess.TASK_DECLARE_CONFLICTS, declaration),
				Map.entry(EvaluationProcess.TASK_SCORE_SUBMISSION, scorecard))) {
			String body = restBody(round.getValue());
			List<List<String[]>> open = new ArrayList<>();
			for (List<String> references : groups) {
				open.add(openTasks(jdbc, round.getKey(), references));
			}
			Load.Step[] sides = new Load.Step[open.size()];
			for (int g = 0; g < open.size(); g++) {
				List<String[]> these = open.get(g);
				sides[g] = (g % 2 == 0) ? (i) -> {
					String[] task = these.get(i);
					int status = http.send("POST", "/engine-rest/task/" + task[0] + "/complete",
							Map.of("Authorization", BenchApplication.basic(task[1])), body);
					if (status != 204) {
						throw new IllegalStateException("completing " + task[0] + " answered " + status);
					}
				} : (i) -> {
					String[] task = these.get(i);
					identity.setAuthentication(task[1], List.of(Roles.EVALUATORS));
					try {
						tasks.complete(task[0], new HashMap<>(round.getValue()));
					}
					finally {
						identity.clearAuthentication();
					}
				};
			}
			Load.rate(THREADS, 0, open.get(0).size(), sides[0]);
			Load.rate(THREADS, 0, open.get(1).size(), sides[1]);
			long restStart = System.nanoTime();
			Load.rate(THREADS, 0, open.get(2).size(), sides[2]);
			counts.restSeconds += seconds(restStart);
			counts.restTasks += open.get(2).size();
			long bareStart = System.nanoTime();
			Load.rate(THREADS, 0, open.get(3).size(), sides[3]);
			counts.bareSeconds += seconds(bareStart);
			counts.bareTasks += open.get(3).size();
			SqlCounter counter = this.sql;
			counter.counting(true);
			SqlCounter.Snapshot before = counter.snapshot();
			Load.rate(THREADS, 0, open.get(4).size(), sides[4]);
			SqlCounter.Snapshot afterRest = counter.snapshot();
			Load.rate(THREADS, 0, open.get(5).size(), sides[5]);
			SqlCounter.Snapshot afterBare = counter.snapshot();
			counter.counting(false);
			counts.rest = counts.rest.plus(afterRest.minus(before));
			counts.bare = counts.bare.plus(afterBare.minus(afterRest));
			counts.restCounted += open.get(4).size();
			counts.bareCounted += open.get(5).size();
			log("%s: %,d through REST, %,d bare", round.getKey(), open.get(2).size(), open.get(3).size());
		}
		double rest = counts.restTasks / counts.restSeconds;
		double bare = counts.bareTasks / counts.bareSeconds;
		this.table.section(String.format("Evaluation tasks (%,d declarations and scorecards per side, %d threads)",
				counts.restTasks, THREADS));
		this.table.ratio("completions/s, engine REST with the forms' variables vs bare engine", rest, bare, "%.1f/s",
				">= 0.5");
		this.table.row("SQL per completed task, REST vs bare", counts.rest.statementsPer(counts.restCounted),
				counts.bare.statementsPer(counts.bareCounted), "%.1f stmts", "");
		this.table.row("round trips per completed task, REST vs bare", counts.rest.roundTripsPer(counts.restCounted),
				counts.bare.roundTripsPer(counts.bareCounted), "%.1f", "");
		this.table.row("commits per completed task, REST vs bare", counts.rest.commitsPer(counts.restCounted),
				counts.bare.commitsPer(counts.bareCounted), "%.2f", "");
	}

	private static final class CompletionCounts {

		double restSeconds;

		double bareSeconds;

		int restTasks;

		int bareTasks;

		int restCounted;

		int bareCounted;

		SqlCounter.Snapshot rest = new SqlCounter.Snapshot(0, 0, 0);

		SqlCounter.Snapshot bare = new SqlCounter.Snapshot(0, 0, 0);

	}

	/**
	 * The open tasks of this key of these proposals' evaluations: id, assignee and the
	 * proposal's reference.
	 */
	static List<String[]> openTasks(JdbcTemplate jdbc, String key, List<String> references) {
		// an evaluation's three tasks far apart in the queue: three experts rarely finish
		// the same proposal in the same millisecond, and the evaluation is one aggregate
		return jdbc.query(
				"select id_, assignee_, business_key_ from (select t.id_, t.assignee_, e.business_key_,"
						+ " row_number() over (partition by e.business_key_ order by t.assignee_) as slot"
						+ " from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
						+ " where t.task_def_key_ = ? and e.business_key_ = any(?)) tasks order by slot, business_key_",
				(row, n) -> new String[] { row.getString(1), row.getString(2), row.getString(3) }, key,
				references.toArray(String[]::new));
	}

	private static String restBody(Map<String, Object> variables) {
		StringBuilder json = new StringBuilder("{\"variables\":{");
		variables.forEach((name, value) -> json.append('"')
			.append(name)
			.append("\":{\"value\":")
			.append((value instanceof String text) ? '"' + text + '"' : String.valueOf(value))
			.append("},"));
		json.setLength(json.length() - 1);
		return json.append("}}").toString();
	}

	/** Every submit at once, each on a connection of its own. */
	private static Spike spike(Intake intake, int port, int from) throws Exception {
		KeepAliveClient http = new KeepAliveClient(port);
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger ok = new AtomicInteger();
		java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(SPIKE);
		long[] nanos = Load.latencies(SPIKE, from, SPIKE, (i) -> {
			ready.countDown();
			ready.await();
			try {
				if (intake.submit(http, i) == 200) {
					ok.incrementAndGet();
				}
				else {
					errors.incrementAndGet();
				}
			}
			catch (java.io.IOException ex) {
				errors.incrementAndGet();
			}
		});
		List<String> references = new ArrayList<>();
		for (int i = from; i < from + SPIKE; i++) {
			references.add(intake.draft(i).reference());
		}
		return new Spike(nanos, errors.get(), ok.get(), references);
	}

	/** The spike's latencies, sorted, and what its submits answered. */
	private record Spike(long[] nanos, int errors, int answeredOk, List<String> references) {
	}

	/** Runs pgbench against the application's PostgreSQL; answers its transactions/s. */
	private static double pgbench(DataSource dataSource, JdbcTemplate jdbc, int inserts) throws Exception {
		jdbc.execute("create table if not exists bench_pgbench (id bigserial primary key, payload text not null)");
		StringBuilder script = new StringBuilder();
		if (inserts > 1) {
			script.append("BEGIN;\n");
		}
		for (int i = 0; i < inserts; i++) {
			script
				.append("INSERT INTO bench_pgbench (payload) VALUES ('a row of about the size of a small record');\n");
		}
		if (inserts > 1) {
			script.append("COMMIT;\n");
		}
		Path file = Files.createTempFile("bench-pgbench", ".sql");
		Files.writeString(file, script);
		URI url;
		String user;
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			url = URI.create(metaData.getURL().substring("jdbc:".length()));
			user = metaData.getUserName();
		}
		String database = url.getPath().substring(1);
		Process process = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(PGBENCH_CLIENTS), "-j", "2", "-T",
				String.valueOf(PGBENCH_SECONDS), "-f", file.toString(), "-h", "127.0.0.1", "-p",
				String.valueOf(url.getPort()), "-U", user, database)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Files.delete(file);
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench said: " + output);
		}
		return Double.parseDouble(tps.group(1));
	}

	private static long[] sequential(Query query) throws Exception {
		for (int i = 0; i < QUERIES / 3; i++) {
			query.run();
		}
		return Load.latencies(1, 0, QUERIES, (i) -> query.run());
	}

	@FunctionalInterface
	private interface Query {

		Object run() throws Exception;

	}

	private static long count(JdbcTemplate jdbc, String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static String loadAverage() throws Exception {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

	static void log(String format, Object... arguments) {
		System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + String.format(format, arguments));
	}

	/** History rows and the database's size at one moment. */
	private record Sizes(long historyRows, long bytes) {

		static Sizes of(JdbcTemplate jdbc) {
			long rows = 0;
			for (String table : jdbc.queryForList("select table_name from information_schema.tables"
					+ " where table_schema = current_schema() and table_name like 'act_hi_%'", String.class)) {
				rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
			}
			return new Sizes(rows, jdbc.queryForObject("select pg_database_size(current_database())", Long.class));
		}

		Sizes minus(Sizes earlier) {
			return new Sizes(this.historyRows - earlier.historyRows, this.bytes - earlier.bytes);
		}

	}

	/** The logged-in home page of an expert, with the session of a form login. */
	private static final class HomePage {

		private final HttpClient http;

		private final URI uri;

		private HomePage(HttpClient http, URI uri) {
			this.http = http;
			this.uri = uri;
		}

		static HomePage loggedIn(int port, String user) throws Exception {
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager())
				.build();
			String base = "http://localhost:" + port;
			String form = http
				.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token on the login page");
			}
			String login = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(login))
				.build(), HttpResponse.BodyHandlers.discarding());
			HomePage page = new HomePage(http, URI.create(base + "/"));
			String body = page.get();
			if (!body.contains("logout") && !body.contains("Log out")) {
				throw new IllegalStateException("the home page shows no logged-in user");
			}
			return page;
		}

		String get() throws Exception {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.uri).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("home page: " + response.statusCode());
			}
			return response.body();
		}

	}

}
