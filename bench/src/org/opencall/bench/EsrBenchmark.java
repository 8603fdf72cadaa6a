package org.opencall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;



import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportTemplates;
import org.opencall.selection.EvaluationSummary;
import org.opencall.selection.EvaluationSummary.CriterionSummary;
import org.opencall.selection.EvaluationSummaryPdf;

/**
 * Evaluation summary reports: 10,000 PDFs of three criteria with comments of about 600
 * characters each, rendered by the application's own {@link EvaluationSummaryPdf} on
 * {@code -Dbench.esr.threads} threads (default 2) in a JVM of 512 MB heap (the target).
 * Prints the time, PDFs per second, CPU per PDF, mean size, the peak heap in use and the
 * most that stayed alive after a collection.
 */
public final class EsrBenchmark {

	private static final int PDFS = Integer.getInteger("bench.esr.pdfs", 10_000);

	private static final int WARM_UP = Integer.getInteger("bench.esr.warm-up", 500);

	private static final int THREADS = Integer.getInteger("bench.esr.threads", 2);

	private static final long TARGET_HEAP = 512L * 1024 * 1024;

	private static final String[] WORDS = ("the proposal pilot hospital ward patients nurses data sensor platform "
			+ "clinical validation evidence workload budget plan milestone risk partner market regulatory "
			+ "interoperability privacy adoption outcome measurable convincing realistic ambitious limited clear")
		.split(" ");

	private EsrBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		HeapAfterCollections afterCollections = HeapAfterCollections.watch();
		long start = System.nanoTime();
		EvaluationSummaryPdf pdf = new EvaluationSummaryPdf(new PdfReports(new ReportTemplates()));
		pdf.render(summary(0));
		long firstMillis = (System.nanoTime() - start) / 1_000_000;
		run(pdf, WARM_UP);

		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		afterCollections.reset();
		start = System.nanoTime();
		Result result = run(pdf, PDFS);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peakUsed = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();

		System.out.printf("Evaluation summary reports: %,d PDFs (3 criteria, comments of about 600 characters),"
				+ " %d threads, heap maximum %,d MB%n", PDFS, THREADS, mb(maxHeap));
		System.out.printf("  first PDF (template compiled, fonts loaded): %,d ms; then %,d unmeasured%n", firstMillis,
				WARM_UP);
		System.out.printf("  total: %,d ms, %.1f PDFs/s, %.1f ms CPU per PDF%n", millis, PDFS * 1000.0 / millis,
				result.cpuNanos / 1e6 / PDFS);
		System.out.printf("  mean size: %,.1f KB (smallest %,.1f KB, largest %,.1f KB)%n",
				result.bytes / 1024.0 / PDFS, result.smallest / 1024.0, result.largest / 1024.0);
		System.out.printf("  peak heap in use: %,d MB (sum of each heap pool's peak); most alive after a"
				+ " collection: %,d MB%n", mb(peakUsed), mb(afterCollections.peak()));
		System.out.printf("  target: within a 512 MB heap; %s%n",
				(maxHeap <= TARGET_HEAP) ? "met (no OutOfMemoryError, peak " + mb(peakUsed) + " MB)"
						: "NOT measured: run with -Xmx512m (the heap maximum is " + mb(maxHeap) + " MB)");
	}

	private static Result run(EvaluationSummaryPdf pdf, int count) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Result>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(pool.submit(() -> {
					ThreadMXBean threads = ManagementFactory.getThreadMXBean();
					long cpuStart = threads.getCurrentThreadCpuTime();
					Result mine = new Result();
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						mine.add(pdf.render(summary(i)).length);
					}
					mine.cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
					return mine;
				}));
			}
			Result all = new Result();
			for (Future<Result> worker : workers) {
				all.merge(worker.get());
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	/** A realistic summary, different for each i: three criteria with comments of about 600 characters. */
	private static EvaluationSummary summary(int i) {
		Random random = new Random(i);
		List<CriterionSummary> criteria = List.of(criterion(random, "Excellence", "1"),
				criterion(random, "Impact", "1.5"),
				criterion(random, "Quality and efficiency of the implementation", "1"));
		BigDecimal total = criteria.stream().map(CriterionSummary::score).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal weighted = criteria.stream()
			.map((c) -> c.score().multiply(c.weight()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean passed = total.compareTo(BigDecimal.TEN) >= 0
				&& criteria.stream().allMatch((c) -> c.score().compareTo(c.threshold()) >= 0);
		String result = !passed ? "REJECTED" : ((i % 3 == 0) ? "RESERVE" : "SELECTED");
		String words = switch (result) {
			case "SELECTED" -> "Selected for funding";
			case "RESERVE" -> "On the reserve list";
			default -> "Not selected";
		};
		return new EvaluationSummary("HC-2027-01", "Digital solutions for hospital logistics and remote monitoring",
				"HealthChain", String.format("HC-2027-01-%05d", i), "Proposal " + i + ": " + sentence(random, 8),
				"Company " + (i % 600) + ", Lda", result, words, sentence(random, 14), criteria, total, BigDecimal.TEN,
				weighted, passed ? Integer.valueOf(1 + i % 400) : null, sentence(random, 40),
				Instant.parse("2027-01-04T16:00:00Z"), ZoneId.of("Europe/Brussels"),
				Instant.parse("2026-12-04T09:30:00Z").plus(Duration.ofMinutes(i)));
	}

	private static CriterionSummary criterion(Random random, String name, String weight) {
		BigDecimal score = BigDecimal.valueOf(random.nextInt(5, 11)).divide(BigDecimal.valueOf(2));
		StringBuilder comment = new StringBuilder();
		while (comment.length() < 600) {
			comment.append(sentence(random, 12)).append(' ');
		}
		return new CriterionSummary(name, score, BigDecimal.valueOf(3), new BigDecimal(weight),
				comment.toString().trim());
	}

	private static String sentence(Random random, int words) {
		StringBuilder sentence = new StringBuilder();
		for (int w = 0; w < words; w++) {
			String word = WORDS[random.nextInt(WORDS.length)];
			sentence.append((w == 0) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
		}
		return sentence.append('.').toString();
	}

	/** The heap in use just after each collection: what stayed alive, the rest being garbage. */
	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}

	private static final class Result {

		long bytes;

		long smallest = Long.MAX_VALUE;

		long largest;

		long cpuNanos;

		void add(int size) {
			this.bytes += size;
			this.smallest = Math.min(this.smallest, size);
			this.largest = Math.max(this.largest, size);
		}

		void merge(Result other) {
			this.bytes += other.bytes;
			this.smallest = Math.min(this.smallest, other.smallest);
			this.largest = Math.max(this.largest, other.largest);
			this.cpuNanos += other.cpuNanos;
		}

	}

}
