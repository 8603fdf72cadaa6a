package org.opencall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.opencall.calls.CallView;
import org.opencall.evaluation.StartingEvaluations;
import org.opencall.identity.Roles;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tasklist: an evaluator's "My work" filter with 30,000 open evaluation tasks in the
 * database (10,000 evaluations × 3 slots over about 2,000 experts), queried as that
 * evaluator with the engine's authorizations on, through {@link FilterService} and
 * through the engine REST API that Tasklist calls (first page of 15, newest first).
 * Prints p50/p95/p99 against the target (p95 at most 50 ms), the open tasks and the
 * authorization rows the evaluations created, and the plan of the task query.
 * <p>
 * The submissions are cloned with SQL from one real submission (status ELIGIBLE); every
 * evaluation and its process instance start through {@link StartingEvaluations}, so that
 * tasks, assignees and authorizations are the application's own.
 */
public final class TasklistBenchmark {

	private static final int EVALUATIONS = Integer.getInteger("bench.tasklist.evaluations", 10_000);

	private static final int EXPERTS = Integer.getInteger("bench.tasklist.experts", 2_000);

	private static final int THREADS = Integer.getInteger("bench.threads", 4);

	private static final int QUERIES = Integer.getInteger("bench.tasklist.queries", 500);

	private static final int WARM_UP = Integer.getInteger("bench.tasklist.warm-up", 200);

	private static final int PAGE = TasklistRequests.PAGE;

	private TasklistBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Capture capture = new Capture();
		try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-tasklist-postgres",
				THREADS + 4, args, capture)) {
			int port = BenchApplication.port(context);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			IdentityService identity = context.getBean(IdentityService.class);
			FilterService filters = context.getBean(FilterService.class);
			TaskService tasks = context.getBean(TaskService.class);

			long setupStart = System.nanoTime();
			List<String> experts = experts(identity);
			CallView call = context.getBean(SubmissionFixtures.class).openCall();
			String template = context.getBean(SubmissionFixtures.class).submitted("alice", call);
			List<String> submissions = cloneSubmissions(jdbc, template);
			long authorizationsBefore = count(jdbc, "select count(*) from act_ru_authorization");
			long tasksBefore = count(jdbc, "select count(*) from act_ru_task");
			long prepared = System.nanoTime();
			startEvaluations(context.getBean(StartingEvaluations.class), call.reference(), submissions, experts);
			long started = System.nanoTime();
			long authorizationsAfter = count(jdbc, "select count(*) from act_ru_authorization");
			long openTasks = count(jdbc, "select count(*) from act_ru_task");
			long declarations = count(jdbc,
					"select count(*) from act_ru_task where task_def_key_ = 'Task_DeclareConflicts'");
			jdbc.execute("analyze");
			System.out.printf(
					"Tasklist: setup %.1f s (users, call, %,d submissions cloned: %.1f s; %,d evaluations started"
							+ " through StartingEvaluations with %d threads: %.1f s, %.1f/s)%n",
					(started - setupStart) / 1e9, submissions.size(), (prepared - setupStart) / 1e9, submissions.size(),
					THREADS, (started - prepared) / 1e9, submissions.size() / ((started - prepared) / 1e9));
			System.out.printf("  open tasks: %,d (Task_DeclareConflicts: %,d; before the evaluations: %,d)%n",
					openTasks, declarations, tasksBefore);
			System.out.printf(
					"  ACT_RU_AUTHORIZATION rows: %,d before, %,d after: %,d created by the evaluations"
							+ " (%.2f per task)%n",
					authorizationsBefore, authorizationsAfter, authorizationsAfter - authorizationsBefore,
					(double) (authorizationsAfter - authorizationsBefore) / Math.max(1, openTasks - tasksBefore));
			jdbc.queryForList("select resource_type_, count(*) as rows from act_ru_authorization group by 1 order by 1")
				.forEach((row) -> System.out.printf("    resource type %s: %,d rows%n", row.get("resource_type_"),
						row.get("rows")));

			identity.clearAuthentication();
			Filter myWork = filters.createFilterQuery().filterName("My work").singleResult();
			TasklistRequests http = new TasklistRequests(port);
			for (String user : List.of("eva", experts.get(EXPERTS / 2))) {
				List<String> groups = identity.createGroupQuery()
					.groupMember(user)
					.list()
					.stream()
					.map(Group::getId)
					.toList();
				Query engine = () -> {
					identity.setAuthentication(user, groups);
					try {
						TaskQuery newestFirst = tasks.createTaskQuery().orderByTaskCreateTime().desc();
						return filters.<Task, TaskQuery>listPage(myWork.getId(), newestFirst, 0, PAGE).size();
					}
					finally {
						identity.clearAuthentication();
					}
				};
				Query json = () -> http.filterList(myWork.getId(), user, "application/json").size();
				Query hal = () -> http.filterList(myWork.getId(), user, "application/hal+json")
					.path("_embedded")
					.path("task")
					.size();
				long visible = count(jdbc, "select count(*) from act_ru_task where assignee_ = '" + user + "'");
				System.out.printf("  as %s (groups %s; %d tasks assigned), %d queries after %d unmeasured:%n", user,
						groups, visible, QUERIES, WARM_UP);
				measure("FilterService.listPage", engine);
				measure("REST filter list, application/json", json);
				measure("REST filter list, application/hal+json (Tasklist)", hal);
			}
			System.out.println("  target: p95 <= 50 ms (noisy: 2 shared cores, client and server in one JVM)");

			// what one request of each path sends to the database
			for (String accept : List.of("application/json", "application/hal+json")) {
				capture.statements.clear();
				capture.on = true;
				http.filterList(myWork.getId(), "eva", accept);
				capture.on = false;
				System.out.printf("  one REST filter list (%s) as eva: %d statements%n", accept,
						capture.statements.size());
				capture.statements.forEach((sql) -> System.out.println("    " + sql));
			}
			capture.queries.clear();

			// the plan of the task query as the engine sends it, with its parameters
			String user = "eva";
			List<String> groups = identity.createGroupQuery()
				.groupMember(user)
				.list()
				.stream()
				.map(Group::getId)
				.toList();
			capture.on = true;
			identity.setAuthentication(user, groups);
			try {
				filters.listPage(myWork.getId(), tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, PAGE);
			}
			finally {
				identity.clearAuthentication();
				capture.on = false;
			}
			// every engine command with an authenticated user reads the groups that have
			// authorizations once (AuthorizationManager), whatever the query
			capture.queries.add(new Captured("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A", List.of()));
			try (Connection connection = context.getBean(DataSource.class).getConnection()) {
				for (Captured query : capture.queries) {
					System.out.println("  SQL: " + query.sql.replaceAll("\\s+", " "));
					System.out.println("  parameters: " + query.parameters);
					try (PreparedStatement explain = connection
						.prepareStatement("explain (analyze, buffers) " + query.sql)) {
						for (int i = 0; i < query.parameters.size(); i++) {
							Object value = query.parameters.get(i);
							if (value == null) {
								explain.setNull(i + 1, java.sql.Types.VARCHAR);
							}
							else {
								explain.setObject(i + 1, value);
							}
						}
						try (ResultSet plan = explain.executeQuery()) {
							while (plan.next()) {
								System.out.println("    " + plan.getString(1));
							}
						}
					}
				}
			}
		}
		System.exit(0);
	}

	/** Bench experts in the evaluators group, after the demo's experts; password demo. */
	private static List<String> experts(IdentityService identity) throws Exception {
		identity.clearAuthentication();
		List<String> demo = identity.createUserQuery()
			.memberOfGroup(Roles.EVALUATORS)
			.list()
			.stream()
			.map(User::getId)
			.sorted()
			.toList();
		List<String> bench = new ArrayList<>();
		for (int i = 1; i <= EXPERTS; i++) {
			bench.add(String.format("bench-expert-%04d", i));
		}
		BenchExperts.create(identity, bench, THREADS);
		List<String> all = new ArrayList<>(demo);
		all.addAll(bench);
		// eva first: slots go round the pool, so each expert holds 14 or 15 tasks
		all.remove("eva");
		all.add(0, "eva");
		return all;
	}

	/** Copies of one submitted proposal (row and submitted version), ELIGIBLE. */
	private static List<String> cloneSubmissions(JdbcTemplate jdbc, String template) {
		String id = "md5('bench-' || g)::uuid";
		String reference = "'BENCH-' || lpad(g::text, 6, '0')";
		jdbc.update(copy(jdbc, "submissions", Map.of("id", id, "reference", reference, "status", "'ELIGIBLE'"),
				"reference = ?"), EVALUATIONS, template);
		jdbc.update(copy(jdbc, "submission_versions", Map.of("submission_id", id, "receipt_number", "'BENCH-R-' || g"),
				"submission_id = (select id from submissions where reference = ?)"), EVALUATIONS, template);
		return jdbc.queryForList("select reference from submissions where reference like 'BENCH-%' order by 1",
				String.class);
	}

	private static String copy(JdbcTemplate jdbc, String table, Map<String, String> replaced, String where) {
		List<String> columns = jdbc.queryForList(
				"select column_name from information_schema.columns where table_name = ? order by ordinal_position",
				String.class, table);
		String values = String.join(", ", columns.stream().map((c) -> replaced.getOrDefault(c, c)).toList());
		return "insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from " + table
				+ ", generate_series(1, ?) g where " + where;
	}

	private static void startEvaluations(StartingEvaluations starting, String call, List<String> submissions,
			List<String> experts) throws Exception {
		int n = experts.size();
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		long start = System.nanoTime();
		Load.parallel(THREADS, submissions.size(), (i) -> {
			starting.start(submissions.get(i), call,
					List.of(experts.get((3 * i) % n), experts.get((3 * i + 1) % n), experts.get((3 * i + 2) % n)));
			if (done.incrementAndGet() % 1000 == 0) {
				System.out.printf("  %,d evaluations started after %.0f s%n", done.get(),
						(System.nanoTime() - start) / 1e9);
			}
		});
	}

	private static void measure(String label, Query query) throws Exception {
		int found = 0;
		for (int i = 0; i < WARM_UP; i++) {
			found = query.run();
		}
		long[] nanos = new long[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			long start = System.nanoTime();
			query.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("    %-52s %2d tasks on the page; p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms%s%n",
				label, found, Load.percentile(nanos, 50), Load.percentile(nanos, 95), Load.percentile(nanos, 99),
				nanos[nanos.length - 1] / 1e6, (Load.percentile(nanos, 95) <= 50) ? "" : "  MISSES the target");
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@FunctionalInterface
	private interface Query {

		/** Answers the number of tasks on the page. */
		int run() throws Exception;

	}

	private record Captured(String sql, List<Object> parameters) {
	}

	/** While on, keeps the task queries the engine sends, with their parameters. */
	private static final class Capture implements BeanPostProcessor, QueryExecutionListener {

		volatile boolean on;

		final List<Captured> queries = new CopyOnWriteArrayList<>();

		final List<String> statements = new CopyOnWriteArrayList<>();

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
				DataSource proxied = ProxyDataSourceBuilder.create(dataSource).listener(this).build();
				return new DelegatingDataSource(dataSource) {

					@Override
					public Connection getConnection() throws java.sql.SQLException {
						return Capture.this.on ? proxied.getConnection() : super.getConnection();
					}

				};
			}
			return bean;
		}

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> list) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> list) {
			for (QueryInfo query : list) {
				String oneLine = query.getQuery().replaceAll("\\s+", " ");
				this.statements.add(oneLine.substring(0, Math.min(140, oneLine.length())));
				if (!query.getQuery().toLowerCase().contains("act_ru_task")) {
					continue;
				}
				List<Object> parameters = new ArrayList<>();
				for (List<ParameterSetOperation> set : query.getParametersList()) {
					set.stream()
						.sorted((a, b) -> Integer.compare((Integer) a.getArgs()[0], (Integer) b.getArgs()[0]))
						.forEach((op) -> parameters
							.add("setNull".equals(op.getMethod().getName()) ? null : op.getArgs()[1]));
				}
				this.queries.add(new Captured(query.getQuery(), parameters));
			}
		}

	}

}
