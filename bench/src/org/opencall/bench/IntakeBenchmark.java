package org.opencall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.OpencallApplication;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake: submissions per second through the application (HTTP, domain, documents,
 * receipt, process start, all in one transaction) against the bare engine starting the
 * same {@code submission} process on the same database, with the same number of threads.
 * Prints the ratio; the design's target is at least 0.5.
 */
public final class IntakeBenchmark {

	private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 2000);

	private static final int THREADS = Integer.getInteger("bench.threads", 8);

	/**
	 * Rounds of each side sent through the statement counter after the timed ones: the
	 * counter wraps every JDBC call, so it stays out of the timed rounds.
	 */
	private static final int COUNTED = Integer.getInteger("bench.counted", 200);

	/** Unmeasured rounds of each side first, so that neither is measured cold. */
	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 1000);

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		// system properties outrank application.properties
		Map<String, String> settings = Map.of("server.port", "0", "opencall.embedded-postgres.data-directory",
				"target/bench-postgres", "opencall.embedded-postgres.clean", "true", "camunda.bpm.job-execution.enabled",
				"false", "opencall.mail.embedded-smtp.enabled", "false", "opencall.demo.open-call", "false",
				"spring.datasource.hikari.maximum-pool-size", String.valueOf(THREADS + 4), "logging.level.root", "WARN");
		settings.forEach(System::setProperty);
		SqlCounter sql = new SqlCounter();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OpencallApplication.class)
			.profiles("demo")
			.initializers((ConfigurableApplicationContext c) -> c.getBeanFactory().addBeanPostProcessor(sql))
			.run(args)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			SubmissionFixtures fixtures = context.getBean(SubmissionFixtures.class);
			ProposalDrafting drafting = context.getBean(ProposalDrafting.class);
			RuntimeService runtimeService = context.getBean(RuntimeService.class);

			CallView call = fixtures.openCall();
			List<String[]> drafts = new ArrayList<>();
			for (int i = 0; i < WARM_UP + SUBMISSIONS + COUNTED + 1; i++) {
				String applicant = (i % 2 == 0) ? "alice" : "bob";
				String reference = drafting.draft(applicant, call.reference(), SubmissionFixtures.homeMonitoring());
				drafting.upload(applicant, reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
				drafting.upload(applicant, reference, "budget", "budget.pdf", NeedFixtures.pdf());
				drafts.add(new String[] { applicant, reference });
			}

			KeepAliveClient http = new KeepAliveClient(port);
			AtomicInteger refused = new AtomicInteger();
			Step submit = (i) -> {
				String[] draft = drafts.get(i);
				int status = http.send("POST", "/api/submissions/" + draft[1] + "/submission",
						Map.of("Authorization", basic(draft[0]), "Idempotency-Key", "bench-" + draft[1]));
				if (status != 200) {
					refused.incrementAndGet();
				}
			};
			Step start = (i) -> {
				// the variables the application starts it with
				Map<String, Object> variables = new HashMap<>();
				variables.put("submissionReference", "BARE-" + i);
				variables.put("submissionTitle", "Bare engine start");
				variables.put("callReference", call.reference());
				runtimeService.startProcessInstanceByKey("submission", "BARE-" + i, variables);
			};
			// what any API call costs: HTTP, a Basic login, one small read, a JSON answer
			Step login = (i) -> http.send("GET", "/api/organisations/mine",
					Map.of("Authorization", basic((i % 2 == 0) ? "alice" : "bob")));
			Step anonymous = (i) -> http.send("GET", "/api/calls/" + call.reference(), Map.of());
			rate(0, WARM_UP, login);
			double apiCalls = rate(0, SUBMISSIONS, login);
			rate(0, WARM_UP, anonymous);
			double anonymousCalls = rate(0, SUBMISSIONS, anonymous);
			rate(0, WARM_UP, submit);
			rate(0, WARM_UP, start);
			int measured = WARM_UP;
			System.out.println("application phase from " + java.time.LocalTime.now());
			long clientBefore = CLIENT_CPU.get();
			double application = rate(measured, SUBMISSIONS, submit);
			double clientMillis = (CLIENT_CPU.get() - clientBefore) / 1e6 / SUBMISSIONS;
			System.out.println("application phase until " + java.time.LocalTime.now());
			double bare = rate(measured, SUBMISSIONS, start);
			measured += SUBMISSIONS;

			sql.counting(true);
			if (Boolean.getBoolean("bench.trace")) {
				System.out.println("one submission through the application:");
				sql.trace(true);
				rate(measured, 1, submit);
				System.out.println("one start of the bare engine:");
				rate(measured, 1, start);
				sql.trace(false);
				measured++;
			}
			SqlCounter.Snapshot before = sql.snapshot();
			rate(measured, COUNTED, submit);
			SqlCounter.Snapshot afterApplication = sql.snapshot();
			rate(measured, COUNTED, start);
			SqlCounter.Snapshot afterBare = sql.snapshot();
			sql.counting(false);

			System.out.printf("intake: %d submissions, %d threads%n", SUBMISSIONS, THREADS);
			System.out.printf("  application (HTTP, domain, documents, receipt, process): %.1f submissions/s%n",
					application);
			System.out.printf("  bare engine (start the same process): %.1f starts/s%n", bare);
			System.out.printf("  ratio application / bare engine: %.2f (target >= 0.5); refused: %d%n",
					application / bare, refused.get());
			System.out.printf("  for scale, the floor of any API call: anonymous %.1f calls/s, with a Basic login %.1f calls/s%n",
					anonymousCalls, apiCalls);
			System.out.printf("  the load generator's own CPU per submission: %.2f ms (one keep-alive connection per thread)%n",
					clientMillis);
			System.out.printf("  counted apart (%d more of each):%n", COUNTED);
			System.out.printf("  per submission, application: %s%n", afterApplication.minus(before).per(COUNTED));
			System.out.printf("  per start, bare engine:      %s%n", afterBare.minus(afterApplication).per(COUNTED));
		}
		System.exit(0);
	}

	/** CPU time the threads sending requests spent, so that the client's share is known. */
	private static final AtomicLong CLIENT_CPU = new AtomicLong();

	private static final ThreadMXBean THREADS_CPU = ManagementFactory.getThreadMXBean();

	private static double rate(int from, int count, Step step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int i = from; i < from + count; i++) {
			int index = i;
			done.add(pool.submit(() -> {
				long cpu = THREADS_CPU.getCurrentThreadCpuTime();
				step.run(index);
				CLIENT_CPU.addAndGet(THREADS_CPU.getCurrentThreadCpuTime() - cpu);
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return count / seconds;
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	@FunctionalInterface
	private interface Step {

		void run(int index) throws Exception;

	}

}
