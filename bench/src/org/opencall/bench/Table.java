package org.opencall.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The one table a whole-call benchmark prints: each figure beside its baseline measured
 * in the same run, their ratio and the design's target, grouped in sections.
 */
final class Table {

	private final List<String[]> rows = new ArrayList<>();

	void section(String title) {
		this.rows.add(new String[] { title });
	}

	/** A rate against its baseline: ours / baseline. */
	void ratio(String figure, double ours, double baseline, String format, String target) {
		double ratio = ours / baseline;
		this.rows.add(new String[] { figure, String.format(format, ours), String.format(format, baseline),
				String.format((ratio < 0.1) ? "%.3f" : "%.2f", ratio), target });
	}

	/** A cost against the baseline's: ours / baseline. */
	void row(String figure, double ours, double baseline, String format, String target) {
		ratio(figure, ours, baseline, format, target);
	}

	/** Latencies against the baseline's: p50 and p95 of both, ratio of the p95s. */
	void latency(String figure, long[] ours, long[] baseline) {
		this.rows.add(new String[] { figure,
				String.format("%.1f / %.1f ms", Load.percentile(ours, 50), Load.percentile(ours, 95)),
				String.format("%.1f / %.1f ms", Load.percentile(baseline, 50), Load.percentile(baseline, 95)),
				String.format("%.2f", Load.percentile(ours, 95) / Load.percentile(baseline, 95)), "p95 <= 1.0" });
	}

	/** A figure without a baseline of its own. */
	void value(String figure, String value, String target) {
		this.rows.add(new String[] { figure, value, "", "", target });
	}

	void print(PrintStream out) {
		int[] widths = { 0, 10, 10, 5, 6 };
		for (String[] row : this.rows) {
			if (row.length > 1) {
				for (int i = 0; i < row.length; i++) {
					widths[i] = Math.max(widths[i], row[i].length());
				}
			}
		}
		String format = "%-" + widths[0] + "s | %" + widths[1] + "s | %" + widths[2] + "s | %" + widths[3] + "s | %-"
				+ widths[4] + "s%n";
		out.println();
		out.printf(format, "figure", "Opencall", "baseline", "ratio", "target");
		for (String[] row : this.rows) {
			if (row.length == 1) {
				out.println("-- " + row[0]);
			}
			else {
				out.printf(format, (Object[]) row);
			}
		}
	}

}
