package org.opencall.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;

import javax.sql.DataSource;

import org.opencall.OpencallApplication;
import org.opencall.reporting.CallReportDownloads;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ranking report of a call of {@code -Dbench.ranking-report.proposals} (default
 * 10,000) proposals, as PDF and CSV, in the application itself in a JVM of 512 MB heap (the
 * target). The demo's evaluated call's stored decision list is grown to that many entries
 * (scores, weighted totals and requests varied; five selected, ten on the reserve list),
 * then the report is rendered through {@link CallReportDownloads} as an auditor would
 * download it. Prints the time of each format (median of the rounds), the pages and bytes,
 * the heap in use at its peak while one PDF was rendered (the application's own included)
 * and the bytes that rendering allocated.
 */
public final class RankingReportBenchmark {

	private static final int PROPOSALS = Integer.getInteger("bench.ranking-report.proposals", 10_000);

	private static final int ROUNDS = Integer.getInteger("bench.ranking-report.rounds", 5);

	private static final long MB = 1024 * 1024;

	private RankingReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> settings = Map.of("server.port", "0", "opencall.embedded-postgres.data-directory",
				"target/bench-ranking-report-postgres", "opencall.embedded-postgres.clean", "true",
				"camunda.bpm.job-execution.enabled", "false", "opencall.mail.embedded-smtp.enabled", "false",
				"logging.level.root", "WARN", "opencall.reports.compile-at-start", "false");
		settings.forEach(System::setProperty);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OpencallApplication.class)
			.profiles("demo")
			.run(args)) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			String call = jdbc.queryForObject("select call_reference from selections where proposed_list is not null"
					+ " order by call_reference limit 1", String.class);
			grow(jdbc, call);
			CallReportDownloads reports = context.getBean(CallReportDownloads.class);
			System.out.printf("Ranking report: call %s with %,d proposals in its decision list (heap limit %d MB)%n",
					call, PROPOSALS, Runtime.getRuntime().maxMemory() / MB);

			HeapAfterCollections afterCollections = HeapAfterCollections.watch();
			System.gc();
			Thread.sleep(500);
			long application = afterCollections.peak();
			Counting pdf = new Counting();
			reports.find("aude", call, "ranking").pdf(pdf);
			System.gc();
			long[] pdfMillis = new long[ROUNDS];
			long[] heap = new long[ROUNDS];
			long[] alive = new long[ROUNDS];
			long[] allocated = new long[ROUNDS];
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			for (int i = 0; i < ROUNDS; i++) {
				System.gc();
				resetPeaks();
				afterCollections.reset();
				long before = allocatedBytes(threads);
				long start = System.nanoTime();
				pdf = new Counting();
				reports.find("aude", call, "ranking").pdf(pdf);
				pdfMillis[i] = (System.nanoTime() - start) / 1_000_000;
				allocated[i] = allocatedBytes(threads) - before;
				heap[i] = peakHeap();
				alive[i] = afterCollections.peak();
			}
			long[] csvMillis = new long[ROUNDS];
			Counting csv = null;
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				csv = new Counting();
				reports.find("aude", call, "ranking").csv(csv);
				csvMillis[i] = (System.nanoTime() - start) / 1_000_000;
			}
			System.out.printf("  PDF: median %,d ms (fastest %,d, slowest %,d), %,d KB%n", median(pdfMillis),
					min(pdfMillis), max(pdfMillis), pdf.bytes / 1024);
			System.out.printf("  CSV: median %,d ms (fastest %,d, slowest %,d), %,d KB%n", median(csvMillis),
					min(csvMillis), max(csvMillis), csv.bytes / 1024);
			System.out.printf("  heap alive after collections: %,d MB for the application at rest, at most %,d MB"
					+ " while one PDF was rendered%n", application / MB, max(alive) / MB);
			System.out.printf("  heap in use at its peak while one PDF was rendered: %,d MB (sum of the heap pools' peaks, the most of the rounds;"
					+ " target: within the 512 MB heap); allocated by the rendering thread: %,d MB%n",
					max(heap) / MB, median(allocated) / MB);
		}
	}

	/**
	 * The call's decision list copied from its first entry to the proposals asked for, in
	 * rank order with falling scores.
	 */
	private static void grow(JdbcTemplate jdbc, String call) {
		jdbc.update("""
				update selections s set proposed_list = jsonb_set(s.proposed_list, '{proposals}', (
				  select jsonb_agg(
				    jsonb_build_object('submissionReference', 'S-B' || lpad(g::text, 6, '0'),
				      'title', 'Proposal ' || g || ' for a ward that needs it',
				      'organisation', 'Company ' || (g % 997), 'rank', g,
				      'outcome', case when g <= 5 then 'SELECTED' when g <= 15 then 'RESERVE' else 'REJECTED' end,
				      'reason', case when g <= 15 then null else 'Below the budget line' end,
				      'scores', jsonb_build_object('Excellence', 5 - (g % 9) * 0.5, 'Impact', 4.5 - (g % 7) * 0.5,
				        'Quality and efficiency of the implementation', 4 - (g % 5) * 0.5),
				      'total', 13.5 - (g % 11) * 0.5, 'weighted', 15.75 - (g % 13) * 0.5,
				      'requested', 20000 + (g % 30) * 1000) order by g)
				  from generate_series(1, ?) g))
				where s.call_reference = ?
				""", PROPOSALS, call);
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static long allocatedBytes(ThreadMXBean threads) {
		return ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long min(long[] values) {
		return Arrays.stream(values).min().orElse(0);
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	/** Counts the bytes of a report and keeps none of them. */
	private static final class Counting extends OutputStream {

		private long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

	}

}
