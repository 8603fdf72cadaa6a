package org.opencall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs numbered steps on a fixed number of threads and tells the rate or the latencies,
 * so that every benchmark measures load the same way.
 */
final class Load {

	/**
	 * CPU time the threads sending requests spent, so that the client's share is known.
	 */
	static final AtomicLong CLIENT_CPU = new AtomicLong();

	private static final ThreadMXBean THREADS_CPU = ManagementFactory.getThreadMXBean();

	private Load() {
	}

	/** Runs steps {@code from}… on {@code threads} threads; answers steps per second. */
	static double rate(int threads, int from, int count, Step step) throws Exception {
		long start = System.nanoTime();
		run(threads, from, count, (i) -> {
			long cpu = THREADS_CPU.getCurrentThreadCpuTime();
			step.run(i);
			CLIENT_CPU.addAndGet(THREADS_CPU.getCurrentThreadCpuTime() - cpu);
		});
		return count / ((System.nanoTime() - start) / 1e9);
	}

	/** Runs steps 0… on {@code threads} threads; the first failure is thrown. */
	static void parallel(int threads, int count, Step step) throws Exception {
		run(threads, 0, count, step);
	}

	/**
	 * Each step's time in nanoseconds, sorted, the steps run on {@code threads} threads.
	 */
	static long[] latencies(int threads, int from, int count, Step step) throws Exception {
		long[] nanos = new long[count];
		run(threads, from, count, (i) -> {
			long start = System.nanoTime();
			step.run(i);
			nanos[i - from] = System.nanoTime() - start;
		});
		java.util.Arrays.sort(nanos);
		return nanos;
	}

	/** The p-th percentile of sorted nanoseconds, in milliseconds. */
	static double percentile(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static void run(int threads, int from, int count, Step step) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>(count);
			for (int i = from; i < from + count; i++) {
				int index = i;
				done.add(pool.submit(() -> {
					step.run(index);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** One numbered piece of work. */
	@FunctionalInterface
	interface Step {

		void run(int index) throws Exception;

	}

}
