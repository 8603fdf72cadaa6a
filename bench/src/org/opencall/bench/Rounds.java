package org.opencall.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Two steps measured in alternating rounds (first, second, first, second, …) on the same
 * indices, so that a shared machine's slow or fast minutes fall on both alike. The rates
 * are of all rounds together; the ratio of each round shows how much they spread.
 */
final class Rounds {

	private final long firstNanos;

	private final long secondNanos;

	private final long firstClientCpu;

	private final int count;

	/** Each round's rates: first, second. */
	private final List<double[]> ratios;

	private Rounds(long firstNanos, long secondNanos, long firstClientCpu, int count, List<double[]> ratios) {
		this.firstNanos = firstNanos;
		this.secondNanos = secondNanos;
		this.firstClientCpu = firstClientCpu;
		this.count = count;
		this.ratios = ratios;
	}

	/**
	 * Runs {@code count} steps of each side from index {@code from} in {@code rounds}
	 * alternating rounds on {@code threads} threads.
	 */
	static Rounds alternating(int threads, int from, int count, int rounds, Load.Step first, Load.Step second)
			throws Exception {
		long firstNanos = 0;
		long secondNanos = 0;
		long firstClientCpu = 0;
		List<double[]> ratios = new ArrayList<>();
		int size = count / rounds;
		for (int round = 0; round < rounds; round++) {
			int start = from + round * size;
			int steps = (round == rounds - 1) ? count - round * size : size;
			long clientCpu = Load.CLIENT_CPU.get();
			long one = timed(threads, start, steps, first);
			firstClientCpu += Load.CLIENT_CPU.get() - clientCpu;
			long other = timed(threads, start, steps, second);
			firstNanos += one;
			secondNanos += other;
			ratios.add(new double[] { steps / (one / 1e9), steps / (other / 1e9) });
		}
		return new Rounds(firstNanos, secondNanos, firstClientCpu, count, ratios);
	}

	private static long timed(int threads, int from, int count, Load.Step step) throws Exception {
		return Math.round(count / Load.rate(threads, from, count, step) * 1e9);
	}

	/** The first side's steps per second over all its rounds. */
	double first() {
		return this.count / (this.firstNanos / 1e9);
	}

	/**
	 * The CPU time of the threads running the first side's steps, in milliseconds per
	 * step: when the first side sends requests, the load generator's own.
	 */
	double firstClientMillis() {
		return this.firstClientCpu / 1e6 / this.count;
	}

	/** The second side's steps per second over all its rounds. */
	double second() {
		return this.count / (this.secondNanos / 1e9);
	}

	/** Each round's ratio of the first rate to the second, and both rates, in order. */
	String ratios() {
		return this.ratios.stream()
			.map((r) -> String.format("%.2f (%.0f/%.0f)", r[0] / r[1], r[0], r[1]))
			.collect(Collectors.joining(", "));
	}

}
