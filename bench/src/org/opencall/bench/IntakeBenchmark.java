package org.opencall.bench;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.calls.CallView;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

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
		SqlCounter sql = new SqlCounter();
		try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-postgres", THREADS + 4, args,
				sql)) {
			SubmissionFixtures fixtures = context.getBean(SubmissionFixtures.class);
			RuntimeService runtimeService = context.getBean(RuntimeService.class);

			CallView call = fixtures.openCall();
			Intake intake = Intake.prepare(context.getBean(ProposalDrafting.class), call.reference(),
					WARM_UP + SUBMISSIONS + COUNTED + 1, 1);

			KeepAliveClient http = new KeepAliveClient(BenchApplication.port(context));
			Load.Step submit = intake.submitting(http);
			Load.Step start = intake.starting(runtimeService);
			// what any API call costs: HTTP, a Basic login, one small read, a JSON answer
			Load.Step login = (i) -> http.send("GET", "/api/organisations/mine",
					Map.of("Authorization", BenchApplication.basic((i % 2 == 0) ? "alice" : "bob")));
			Load.Step anonymous = (i) -> http.send("GET", "/api/calls/" + call.reference(), Map.of());
			rate(0, WARM_UP, login);
			double apiCalls = rate(0, SUBMISSIONS, login);
			rate(0, WARM_UP, anonymous);
			double anonymousCalls = rate(0, SUBMISSIONS, anonymous);
			rate(0, WARM_UP, submit);
			rate(0, WARM_UP, start);
			int measured = WARM_UP;
			System.out.println("application phase from " + java.time.LocalTime.now());
			long clientBefore = Load.CLIENT_CPU.get();
			double application = rate(measured, SUBMISSIONS, submit);
			double clientMillis = (Load.CLIENT_CPU.get() - clientBefore) / 1e6 / SUBMISSIONS;
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
					application / bare, intake.refused.get());
			System.out.printf(
					"  for scale, the floor of any API call: anonymous %.1f calls/s, with a Basic login %.1f calls/s%n",
					anonymousCalls, apiCalls);
			System.out.printf(
					"  the load generator's own CPU per submission: %.2f ms (one keep-alive connection per thread)%n",
					clientMillis);
			System.out.printf("  counted apart (%d more of each):%n", COUNTED);
			System.out.printf("  per submission, application: %s%n", afterApplication.minus(before).per(COUNTED));
			System.out.printf("  per start, bare engine:      %s%n", afterBare.minus(afterApplication).per(COUNTED));
		}
		System.exit(0);
	}

	private static double rate(int from, int count, Load.Step step) throws Exception {
		return Load.rate(THREADS, from, count, step);
	}

}
