package org.opencall.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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

	/**
	 * At most this many unmeasured submissions, and as many starts, first, in alternating
	 * rounds of {@link #WARM_UP_ROUND} each, until the JIT compilers have settled: neither
	 * side is measured while its code is still being compiled. On two processors the C2
	 * compiler works on Spring's, Tomcat's and the engine's paths for minutes (one
	 * compiler thread busy throughout the first 20,000 or so of each), which slows both
	 * sides by about a third, and the application, with more code, the more.
	 */
	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 40000);

	private static final int WARM_UP_ROUND = 500;

	/**
	 * The warm-up ends after {@link #SETTLED_ROUNDS} rounds in a row in which the
	 * compilers worked less than this share of the time per processor.
	 */
	private static final double SETTLED = 0.03;

	private static final int SETTLED_ROUNDS = 3;

	/** Unmeasured calls of each API call measured for scale. */
	private static final int CALLS_WARM_UP = 2000;

	/**
	 * The measured submissions and starts run in this many alternating rounds, so that a
	 * shared machine's drift weighs on both sides alike.
	 */
	private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		SqlCounter sql = new SqlCounter();
		try (ConfigurableApplicationContext context = BenchApplication.start("target/bench-postgres", THREADS + 4, args,
				sql)) {
			SubmissionFixtures fixtures = context.getBean(SubmissionFixtures.class);
			RuntimeService runtimeService = context.getBean(RuntimeService.class);

			CallView call = fixtures.openCall();
			long drafting = System.nanoTime();
			Intake intake = Intake.prepare(context.getBean(ProposalDrafting.class), call.reference(),
					WARM_UP + SUBMISSIONS + COUNTED + 1, THREADS);
			System.out.printf("%d drafts with their documents in %.0f s%n", intake.size(),
					(System.nanoTime() - drafting) / 1e9);

			KeepAliveClient http = new KeepAliveClient(BenchApplication.port(context));
			Load.Step submit = intake.submitting(http);
			Load.Step start = intake.starting(runtimeService);
			// what any API call costs: HTTP, a Basic login, one small read, a JSON answer
			Load.Step login = (i) -> http.send("GET", "/api/organisations/mine",
					Map.of("Authorization", BenchApplication.basic((i % 2 == 0) ? "alice" : "bob")));
			Load.Step anonymous = (i) -> http.send("GET", "/api/calls/" + call.reference(), Map.of());
			rate(0, CALLS_WARM_UP, login);
			double apiCalls = rate(0, SUBMISSIONS, login);
			rate(0, CALLS_WARM_UP, anonymous);
			double anonymousCalls = rate(0, SUBMISSIONS, anonymous);
			WarmUp warmUp = warmUp(submit, start);
			int warmedUp = warmUp.count();
			Compilers compilers = new Compilers();
			Rounds rounds = Rounds.alternating(THREADS, warmedUp, SUBMISSIONS, ROUNDS, submit, start);
			double compiling = compilers.share();
			int measured = warmedUp + SUBMISSIONS;

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
					rounds.first());
			System.out.printf("  bare engine (start the same process): %.1f starts/s%n", rounds.second());
			System.out.printf("  ratio application / bare engine: %.2f (target >= 0.5); refused: %d%n",
					rounds.first() / rounds.second(), intake.refused.get());
			System.out.printf("  the ratio in each of the %d alternating rounds: %s%n", ROUNDS, rounds.ratios());
			System.out.printf(
					"  after %d of each to warm up (%s); the JIT compilers compiled for %.0f %% of the measured time per processor%n",
					warmedUp, warmUp.settled() ? "the compilers had settled" : "the most allowed; the compilers had not settled",
					100 * compiling);
			System.out.printf(
					"  the load generator's own CPU per submission: %.2f ms (one keep-alive connection per thread)%n",
					rounds.firstClientMillis());
			System.out.printf(
					"  for scale, the floor of any API call: anonymous %.1f calls/s, with a Basic login %.1f calls/s%n",
					anonymousCalls, apiCalls);
			System.out.printf("  counted apart (%d more of each):%n", COUNTED);
			System.out.printf("  per submission, application: %s%n", afterApplication.minus(before).per(COUNTED));
			System.out.printf("  per start, bare engine:      %s%n", afterBare.minus(afterApplication).per(COUNTED));
		}
		System.exit(0);
	}

	/**
	 * The time the JIT compilers spent compiling since this was made, per processor and
	 * unit of time (their threads' elapsed time, so a compiler waiting for a processor
	 * counts too).
	 */
	private static final class Compilers {

		private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();

		private final long startMillis = this.compilation.getTotalCompilationTime();

		private final long startNanos = System.nanoTime();

		double share() {
			double elapsedMillis = (System.nanoTime() - this.startNanos) / 1e6;
			return (this.compilation.getTotalCompilationTime() - this.startMillis)
					/ (elapsedMillis * Runtime.getRuntime().availableProcessors());
		}

	}

	/**
	 * Unmeasured rounds of both sides until the compilers have settled or
	 * {@link #WARM_UP} of each ran.
	 */
	private static WarmUp warmUp(Load.Step submit, Load.Step start) throws Exception {
		int done = 0;
		int settled = 0;
		while (done < WARM_UP && settled < SETTLED_ROUNDS) {
			Compilers compilers = new Compilers();
			int round = Math.min(WARM_UP_ROUND, WARM_UP - done);
			Rounds.alternating(THREADS, done, round, 1, submit, start);
			done += round;
			settled = (compilers.share() < SETTLED) ? settled + 1 : 0;
		}
		return new WarmUp(done, settled >= SETTLED_ROUNDS);
	}

	/** How many of each side warmed up, and whether the compilers had settled by then. */
	private record WarmUp(int count, boolean settled) {
	}

	private static double rate(int from, int count, Load.Step step) throws Exception {
		return Load.rate(THREADS, from, count, step);
	}

}
