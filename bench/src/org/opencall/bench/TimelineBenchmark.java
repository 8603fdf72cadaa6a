package org.opencall.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opencall.OpencallApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An auditor's timeline of one proposal with at least {@code -Dbench.timeline.rows}
 * (default 1,000,000) rows of engine history in the database. The demo's contracted call
 * gives a proposal followed from its receipt through evaluation, selection, contracting
 * and co-creation; the history of every instance the demo left (its own and the other
 * calls') is then copied under new ids and business keys until the history tables hold the
 * rows asked for, as other calls' proposals would. Prints the rows per table, then p50,
 * p95 and p99 of {@code GET /api/audit/submissions/{ref}} (auditor {@code aude}, HTTP
 * Basic, one keep-alive connection), of the grant's timeline and of the call's, against
 * the target (p95 at most 100 ms), and the plans of the queries a timeline sends.
 */
public final class TimelineBenchmark {

	private static final long ROWS = Long.getLong("bench.timeline.rows", 1_000_000);

	private static final int WARM_UP = Integer.getInteger("bench.timeline.warm-up", 30);

	private static final int ROUNDS = Integer.getInteger("bench.timeline.rounds", 200);

	/** The history tables a timeline reads, and the auditor's own records. */
	private static final List<String> HISTORY = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
			"act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_comment",
			"act_hi_incident");

	/** Columns that name an instance, execution, task or row: made unique in each copy. */
	private static final Set<String> INSTANCE_COLUMNS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
			"execution_id_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "var_inst_id_", "business_key_",
			"super_process_instance_id_", "call_proc_inst_id_", "operation_id_", "activity_instance_id_",
			"root_cause_incident_id_", "cause_incident_id_");

	private TimelineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> settings = Map.of("server.port", "0", "opencall.embedded-postgres.data-directory",
				"target/bench-timeline-postgres", "opencall.embedded-postgres.clean", "true",
				"camunda.bpm.job-execution.enabled", "true", "opencall.mail.embedded-smtp.enabled", "false",
				"logging.level.root", "WARN", "opencall.reports.compile-at-start", "false");
		settings.forEach(System::setProperty);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OpencallApplication.class)
			.profiles("demo")
			.run(args)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			String grant = jdbc.queryForObject(
					"select business_key_ from act_hi_procinst where proc_def_key_ = 'co-creation' limit 1",
					String.class);
			String proposal = grant.substring("GA-".length());
			String call = jdbc.queryForObject(
					"select business_key_ from act_hi_procinst where proc_def_key_ = 'selection' limit 1", String.class);

			long setup = System.nanoTime();
			long before = historyRows(jdbc);
			int copies = (int) Math.max(0, (ROWS - 1) / Math.max(1, before));
			copyHistory(jdbc, copies);
			jdbc.execute("analyze");
			long after = historyRows(jdbc);
			System.out.printf("Timeline: %,d history rows (the demo's %,d, copied %d times) in %.1f s%n", after, before,
					copies, (System.nanoTime() - setup) / 1e9);
			for (String table : HISTORY) {
				System.out.printf("  %-20s %,12d rows%n", table,
						jdbc.queryForObject("select count(*) from " + table, Long.class));
			}

			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String basic = "Basic " + Base64.getEncoder().encodeToString("aude:demo".getBytes(StandardCharsets.UTF_8));
			System.out.println("  target: p95 <= 100 ms for one proposal's timeline"
					+ " (noisy: 2 shared cores, client and server in one JVM)");
			measure(http, basic, port, "/api/audit/submissions/" + proposal, "proposal " + proposal);
			measure(http, basic, port, "/api/audit/grants/" + grant, "grant " + grant);
			measure(http, basic, port, "/api/audit/calls/" + call, "call " + call);
			explain(jdbc, proposal);
		}
	}

	private static long historyRows(JdbcTemplate jdbc) {
		long rows = 0;
		for (String table : HISTORY) {
			rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
		}
		return rows;
	}

	/**
	 * Copies every history row {@code copies} times, each copy's instance, execution,
	 * task and row ids and business keys suffixed with its number (after their last 56
	 * characters, so that they fit the engine's 64), in one statement per
	 * table and batch of copies.
	 */
	private static void copyHistory(JdbcTemplate jdbc, int copies) {
		for (String table : HISTORY) {
			List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
					+ " where table_name = ? and table_schema = current_schema() order by ordinal_position",
					String.class, table);
			List<String> copied = new ArrayList<>();
			for (String column : columns) {
				copied.add(INSTANCE_COLUMNS.contains(column)
						? "case when " + column + " is null then null else right(" + column + ", 56) || '-c' || g end" : column);
			}
			for (int from = 1; from <= copies; from += 20) {
				int to = Math.min(copies, from + 19);
				jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select "
						+ String.join(", ", copied) + " from " + table + " cross join generate_series(" + from + ", " + to
						+ ") g where " + table + ".id_ !~ '-c[0-9]+$'");
			}
		}
	}

	private static void measure(HttpClient http, String basic, int port, String path, String label) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.build();
		int entries = 0;
		for (int i = 0; i < WARM_UP; i++) {
			entries = entriesOf(http.send(request, HttpResponse.BodyHandlers.ofString()), path);
		}
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			entriesOf(http.send(request, HttpResponse.BodyHandlers.ofString()), path);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("  %-34s %4d entries; p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms%n", label,
				entries, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
				nanos[nanos.length - 1] / 1e6);
	}

	private static int entriesOf(HttpResponse<String> response, String path) throws Exception {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		JsonNode timeline = new ObjectMapper().readTree(response.body());
		return timeline.path("entries").size();
	}

	private static void explain(JdbcTemplate jdbc, String proposal) {
		String instance = jdbc.queryForObject(
				"select id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'submission'", String.class,
				proposal);
		Map<String, String> queries = Map.of("instances of the proposal",
				"select * from act_hi_procinst where business_key_ = '" + proposal + "'", "activities of one instance",
				"select * from act_hi_actinst where proc_inst_id_ = '" + instance + "' order by start_time_",
				"variable updates of one instance",
				"select * from act_hi_detail where proc_inst_id_ = '" + instance + "' and type_ = 'VariableUpdate'",
				"operations of one instance",
				"select * from act_hi_op_log where proc_inst_id_ = '" + instance + "' order by timestamp_",
				"records of the proposal",
				"select * from audit_records where subjects @> array['" + proposal + "']::text[] order by id");
		System.out.println("  plans:");
		queries.forEach((label, sql) -> {
			List<String> plan = jdbc.queryForList("explain analyze " + sql, String.class);
			System.out.printf("    %s: %s; %s%n", label, plan.get(0).trim(), plan.get(plan.size() - 1).trim());
		});
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
